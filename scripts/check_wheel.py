"""Build the wheel and sdist, install the wheel into a new venv, and check that it is the app.

    python scripts/check_wheel.py               # deps from the running venv (fast, offline)
    python scripts/check_wheel.py --with-deps   # deps from the package index (make test-wheel, CI)

Checks: the wheel holds the packages, the templates, icons and LICENSE and no
tests; the sdist holds what ``make test`` and the packaging need; installed,
``mentorjournal --version`` and ``mentorjournal-gui --help`` answer, and the
installed package (not this checkout) finds every template and the icon.
``tests/test_distribution.py`` runs the same steps (without ``--with-deps``).

Without ``--with-deps`` the new venv gets the wheel alone (``--no-deps``) and a
``.pth`` file naming this venv's site-packages, so that PySide6 and the rest
need not be installed again; the wheel's own files come first on ``sys.path``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(p.name for p in (ROOT / "resources" / "templates").glob("*.md"))
#: The compiled translations: built from resources/i18n/*.ts by setup.py's build_py.
CATALOGUES = sorted(p.with_suffix(".qm").name for p in (ROOT / "resources" / "i18n").glob("*.ts"))
ICONS = sorted(
    p.name for p in (ROOT / "resources" / "icons").iterdir() if p.suffix in (".png", ".svg")
)

#: Run by the new venv's Python, outside the checkout: what the installed app finds.
PROBE = """
import json, os, sys
import mentorjournal, ui
from mentorjournal import resources
from mentorjournal.domain import templates
from PySide6.QtWidgets import QApplication
from ui import icons
app = QApplication([sys.argv[0], "-platform", "offscreen"])
icon = icons.app_icon()
print(json.dumps({
    "mentorjournal": mentorjournal.__file__, "ui": ui.__file__,
    "templates_folder": str(resources.folder("templates")),
    "templates": sorted(t.key for t in templates.builtin_templates()),
    "icon_folder": str(icons.icon_folder()),
    "icon_null": icon.isNull(),
    "icon_sizes": sorted(s.width() for s in icon.availableSizes()),
}))
"""


def build(outdir: Path) -> tuple[Path, Path]:
    """``python -m build`` (sdist, then the wheel from the sdist), without build isolation."""
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = outdir.glob("*.whl")
    (sdist,) = outdir.glob("*.tar.gz")
    return wheel, sdist


def wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def sdist_names(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        return [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]


def make_venv(target: Path, *, share_deps: bool) -> Path:
    """A new venv at ``target``; with ``share_deps`` it sees this venv's packages after its own."""
    venv.EnvBuilder(with_pip=False, clear=True).create(target)  # this venv's pip installs into it
    python = target / ("Scripts" if os.name == "nt" else "bin") / "python"
    if share_deps:
        site = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        Path(site, "zz_shared_deps.pth").write_text(
            "\n".join(sorted(ours)) + "\n", encoding="utf-8"
        )
    return python


def install(python: Path, wheel: Path, *, with_deps: bool) -> None:
    """``pip install WHEEL`` into the venv of ``python``, by this venv's pip (``pip --python``)."""
    command = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--quiet",
        "--disable-pip-version-check",
        str(wheel),
    ]
    if not with_deps:
        command[-1:-1] = ["--no-deps", "--no-index"]
    subprocess.run(command, check=True)


def run_installed(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """A command of the new venv, started from ``cwd`` (outside the checkout) with a clean path."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120, cwd=cwd, env=env)


def scripts_dir(python: Path) -> Path:
    return python.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--with-deps", action="store_true", help="install the dependencies from the index"
    )
    options = parser.parse_args(argv)
    import json

    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="mentorjournal-wheel-") as tmp:
        tmp_path = Path(tmp)
        started = time.monotonic()
        wheel, sdist = build(tmp_path / "dist")
        print(
            f"built {wheel.name} ({wheel.stat().st_size // 1024} KiB) and {sdist.name} "
            f"({sdist.stat().st_size // 1024} KiB) in {time.monotonic() - started:.1f} s"
        )
        names = wheel_names(wheel)
        check(
            all(f"mentorjournal/_resources/templates/{t}" in names for t in TEMPLATES),
            "wheel: templates",
        )
        check(all(f"mentorjournal/_resources/icons/{i}" in names for i in ICONS), "wheel: icons")
        check(
            all(f"mentorjournal/_resources/i18n/{c}" in names for c in CATALOGUES),
            "wheel: compiled translations (.qm)",
        )
        check(any(n.endswith(".dist-info/licenses/LICENSE") for n in names), "wheel: LICENSE")
        check(
            not any(n.startswith(("tests/", "resources/", "bench/", "scripts/")) for n in names),
            "wheel: no tests, scripts or loose resources/",
        )
        source = sdist_names(sdist)
        for wanted in (
            "LICENSE",
            "main.py",
            "Makefile",
            "setup.py",
            "resources/templates/win.md",
            "resources/icons/mentorjournal.svg",
            "packaging/mentorjournal.spec",
            "packaging/linux/io.github.mentorjournal.MentorJournal.desktop",
            "scripts/find-python",
            "tests/conftest.py",
            "tests/ui/test_app.py",
        ):
            check(wanted in source, f"sdist: {wanted}")

        started = time.monotonic()
        python = make_venv(tmp_path / "venv", share_deps=not options.with_deps)
        install(python, wheel, with_deps=options.with_deps)
        print(f"installed into a new venv in {time.monotonic() - started:.1f} s")
        outside = tmp_path / "elsewhere"
        outside.mkdir()
        bindir = scripts_dir(python)
        version = run_installed(python, str(bindir / "mentorjournal"), "--version", cwd=outside)
        check(version.returncode == 0 and version.stdout.strip() != "", "mentorjournal --version")
        helped = run_installed(python, str(bindir / "mentorjournal-gui"), "--help", cwd=outside)
        check(
            helped.returncode == 0 and "--demo" in helped.stdout and "JOURNAL" in helped.stdout,
            "mentorjournal-gui --help",
        )
        probe = run_installed(python, str(python), "-c", PROBE, cwd=outside)
        if probe.returncode != 0:
            check(False, f"probe: {probe.stderr.strip().splitlines()[-1:]}")
        else:
            found = json.loads(probe.stdout.strip().splitlines()[-1])
            venv_root = str(tmp_path / "venv")
            check(
                found["mentorjournal"].startswith(venv_root) and found["ui"].startswith(venv_root),
                "the installed packages are imported, not the checkout",
            )
            check(
                found["templates_folder"].startswith(venv_root),
                "templates come from the installed package",
            )
            check(
                found["templates"] == sorted(Path(t).stem for t in TEMPLATES),
                "every template is found",
            )
            check(
                found["icon_folder"].startswith(venv_root)
                and not found["icon_null"]
                and {16, 512} <= set(found["icon_sizes"]),
                "the icon is found, every size",
            )
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("the wheel works installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
