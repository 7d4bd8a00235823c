"""The package list, which pyproject.toml cannot express, and the translations build step.

``resources/`` (templates, icons, translations) stays a top-level folder of the
source tree and is installed as the package ``mentorjournal._resources``, so
that ``importlib.resources`` finds it in a wheel, an editable install and a
PyInstaller bundle alike (see ``mentorjournal/resources.py``). pyproject.toml's
``packages.find`` cannot be combined with such a ``package_dir`` mapping.

``build_py`` first compiles ``resources/i18n/*.ts`` into ``.qm`` with
pyside6-lrelease (PySide6's, from the building Python), so a wheel holds the
translations; without PySide6 at build time a .qm already there is used.

The man page (``make man`` writes it from the parser) goes to share/man/man1 of
the environment the wheel is installed in, where ``man`` finds it beside the
command (pipx and venvs add their share/man to man's path).
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    try:
        import PySide6
    except ImportError:
        return shutil.which("pyside6-lrelease")
    binary = Path(PySide6.__file__).parent / "lrelease"
    return str(binary) if binary.exists() else shutil.which("pyside6-lrelease")


class BuildWithTranslations(build_py):
    def run(self) -> None:
        tool = lrelease()
        for ts in sorted((HERE / "resources" / "i18n").glob("*.ts")):
            qm = ts.with_suffix(".qm")
            if tool is not None:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            elif not qm.exists():
                print(f"warning: {qm.name} not compiled (no pyside6-lrelease)", file=sys.stderr)
        super().run()


setup(
    packages=[
        *find_packages(include=["mentorjournal", "mentorjournal.*", "ui", "ui.*"]),
        "mentorjournal._resources",
    ],
    package_dir={"mentorjournal._resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
    data_files=[("share/man/man1", ["packaging/mentorjournal.1"])],
)
