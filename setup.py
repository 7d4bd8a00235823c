"""The package list, which pyproject.toml cannot express: everything else is there.

``resources/`` (templates, icons, translations) stays a top-level folder of the
source tree and is installed as the package ``mentorjournal._resources``, so
that ``importlib.resources`` finds it in a wheel, an editable install and a
PyInstaller bundle alike (see ``mentorjournal/resources.py``). pyproject.toml's
``packages.find`` cannot be combined with such a ``package_dir`` mapping.

The man page (``make man`` writes it from the parser) goes to share/man/man1 of
the environment the wheel is installed in, where ``man`` finds it beside the
command (pipx and venvs add their share/man to man's path).
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["mentorjournal", "mentorjournal.*", "ui", "ui.*"]),
        "mentorjournal._resources",
    ],
    package_dir={"mentorjournal._resources": "resources"},
    data_files=[("share/man/man1", ["packaging/mentorjournal.1"])],
)
