"""The declared minimum versions of the dependencies, as pip constraints, and a check of them.

    python scripts/min_versions.py constraints   # "name==floor" for each ">=floor" in pyproject.toml
    python scripts/min_versions.py verify        # every dependency is installed at exactly its floor

``make test-minimums`` (run by ``.ci/run``) installs the project with these
constraints into ``.venv-min`` and runs a subset of the tests there, so a
floor that is not true fails CI. Only the runtime dependencies are pinned
(the test tools are not what users install). ``shiboken6`` is pinned with
PySide6, whose version it must match.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")


def _applies(marker: str) -> bool:
    """Whether an environment marker holds here (pip's own rules, via packaging)."""
    try:
        from packaging.markers import Marker
    except ImportError:  # a fresh venv: pip's own copy of packaging
        from pip._vendor.packaging.markers import Marker

    return Marker(marker.strip()).evaluate()


def floors(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """``{name: floor}`` for each runtime dependency; an error for one with no ``>=`` floor."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    result: dict[str, str] = {}
    for requirement in project["dependencies"]:
        spec_part, _, marker = requirement.partition(";")
        if marker.strip() and not _applies(marker):
            continue  # e.g. tzdata, on Windows only
        match = REQUIREMENT.match(spec_part)
        if match is None:
            raise SystemExit(f"cannot read the requirement {requirement!r}")
        name, _extras, spec = match.groups()
        floor = re.search(r">=\s*([0-9][^,\s]*)", spec)
        if floor is None:
            raise SystemExit(f"{name} has no >= floor in pyproject.toml")
        result[name] = floor.group(1)
    if "PySide6-Essentials" in result:
        result.setdefault("shiboken6", result["PySide6-Essentials"])
    return result


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "constraints"
    wanted = floors()
    if command == "constraints":
        for name, version in wanted.items():
            print(f"{name}=={version}")
        return 0
    if command == "verify":
        wrong = []
        for name, version in wanted.items():
            try:
                installed = metadata.version(name)
            except metadata.PackageNotFoundError:
                installed = "none"
            print(f"{name:20} {installed:10} (floor {version})")
            if installed != version:
                wrong.append(name)
        if wrong:
            print(f"not at their floor: {', '.join(wrong)}", file=sys.stderr)
            return 1
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
