"""Check, and where it can install, what MentorJournal needs from the system.

``make run`` and ``make test`` run this before they set up ``.venv``:

    python scripts/system_check.py --install [--for test] [--venv-python PY]

PySide6's wheels bring Qt itself, but Qt loads some libraries of the system:
OpenGL/EGL, fontconfig, freetype, GLib, D-Bus, xkbcommon and, for a window on
X11 or XWayland, the xcb family (``libxcb-cursor.so.0`` and friends, which a
stock Debian lacks). A font must exist too, or every label is blank. ``make
test`` also needs the validators of the desktop files. Debian's own Python
needs ``python3.X-venv`` to create a venv.

Each library is looked for by its file name (soname) in the library folders
under ``--root`` (``/``, or a fake root in the tests): the usual ones, the
multiarch ones and those named by ``etc/ld.so.conf``. What is missing is
installed with the platform's package manager (apt-get, dnf, pacman or zypper,
found on ``PATH``): directly as root; otherwise through ``sudo``, which may
ask for a password only when there is a terminal to ask on (``sudo -n``
otherwise, so nothing hangs in CI). When it cannot install, it prints the
exact command and exits with status 1.

Only Linux is checked: on macOS and Windows the wheels carry everything.
``--check`` only reports; ``MENTORJOURNAL_SYSTEM_CHECK=skip`` (or
``make run SYSTEM_CHECK=skip``) skips the check, for a system it misjudges.

Standard library only, so that it runs before any venv exists.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

MANAGERS = ("apt-get", "dnf", "pacman", "zypper")


@dataclass(frozen=True)
class Need:
    """One thing to find: a library (soname), a font, or a program; and its package per manager."""

    what: str
    kind: str  # "library", "font" or "program"
    packages: dict[str, str]
    purpose: str = "run"  # "run": needed by `make run`; "test": only by `make test`

    def package(self, manager: str) -> str | None:
        return self.packages.get(manager)


def lib(soname: str, apt: str, dnf: str, pacman: str, zypper: str) -> Need:
    return Need(soname, "library", {"apt-get": apt, "dnf": dnf, "pacman": pacman, "zypper": zypper})


def tool(program: str, apt: str, dnf: str, pacman: str, zypper: str) -> Need:
    return Need(
        program,
        "program",
        {"apt-get": apt, "dnf": dnf, "pacman": pacman, "zypper": zypper},
        purpose="test",
    )


#: What Qt's libraries and the plugins the app uses (offscreen, xcb, its GL
#: integrations) link to and PySide6 does not bundle; read off their ELF
#: NEEDED entries. Libraries every base system has (libc, zlib, zstd) are left out.
NEEDS: tuple[Need, ...] = (
    # QtCore, QtGui, QtWidgets, QtDBus and the offscreen platform
    lib("libglib-2.0.so.0", "libglib2.0-0", "glib2", "glib2", "libglib-2_0-0"),
    lib("libgthread-2.0.so.0", "libglib2.0-0", "glib2", "glib2", "libgthread-2_0-0"),
    lib("libEGL.so.1", "libegl1", "libglvnd-egl", "libglvnd", "libEGL1"),
    lib("libGL.so.1", "libgl1", "libglvnd-glx", "libglvnd", "libGL1"),
    lib("libX11.so.6", "libx11-6", "libX11", "libx11", "libX11-6"),
    lib("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "libxkbcommon", "libxkbcommon0"),
    lib("libfontconfig.so.1", "libfontconfig1", "fontconfig", "fontconfig", "libfontconfig1"),
    lib("libfreetype.so.6", "libfreetype6", "freetype", "freetype2", "libfreetype6"),
    lib("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "dbus", "libdbus-1-3"),
    # the xcb platform (a window on X11 and XWayland) and its GLX/EGL integrations
    lib("libxcb.so.1", "libxcb1", "libxcb", "libxcb", "libxcb1"),
    lib("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    lib(
        "libxkbcommon-x11.so.0",
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
        "libxkbcommon-x11",
        "libxkbcommon-x11-0",
    ),
    lib(
        "libxcb-cursor.so.0",
        "libxcb-cursor0",
        "xcb-util-cursor",
        "xcb-util-cursor",
        "libxcb-cursor0",
    ),
    lib("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm", "libxcb-icccm4"),
    lib("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb-util-image", "libxcb-image0"),
    lib(
        "libxcb-keysyms.so.1",
        "libxcb-keysyms1",
        "xcb-util-keysyms",
        "xcb-util-keysyms",
        "libxcb-keysyms1",
    ),
    lib(
        "libxcb-render-util.so.0",
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
        "libxcb-render-util0",
    ),
    lib("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb-util", "libxcb-util1"),
    lib("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb", "libxcb-randr0"),
    lib("libxcb-render.so.0", "libxcb-render0", "libxcb", "libxcb", "libxcb-render0"),
    lib("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb", "libxcb-shape0"),
    lib("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "libxcb", "libxcb-shm0"),
    lib("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "libxcb", "libxcb-sync1"),
    lib("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "libxcb", "libxcb-xfixes0"),
    lib("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb", "libxcb-xkb1"),
    lib("libxcb-glx.so.0", "libxcb-glx0", "libxcb", "libxcb", "libxcb-glx0"),
    Need(
        "a font",
        "font",
        {
            "apt-get": "fonts-dejavu-core",
            "dnf": "dejavu-sans-fonts",
            "pacman": "ttf-dejavu",
            "zypper": "dejavu-fonts",
        },
    ),
    # tests/test_desktop_files.py validates the desktop entry, the MIME type and the metainfo
    tool(
        "desktop-file-validate",
        "desktop-file-utils",
        "desktop-file-utils",
        "desktop-file-utils",
        "desktop-file-utils",
    ),
    tool("appstreamcli", "appstream", "appstream", "appstream", "AppStream"),
    # tests/cli/test_completion.py: the fish script parses; the man page renders
    tool("fish", "fish", "fish", "fish", "fish"),
    tool("groff", "groff", "groff", "groff", "groff"),
    # tests/report/test_report.py reads the progress report's PDF back
    tool("pdftotext", "poppler-utils", "poppler-utils", "poppler", "poppler-tools"),
    tool(
        "update-mime-database",
        "shared-mime-info",
        "shared-mime-info",
        "shared-mime-info",
        "shared-mime-info",
    ),
)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz", ".otb")


def multiarch() -> str:
    return sysconfig.get_config_var("MULTIARCH") or f"{os.uname().machine}-linux-gnu"


def ld_so_conf_dirs(root: Path, conf: Path, seen: set[Path] | None = None) -> list[Path]:
    """Folders named by ``etc/ld.so.conf`` (and the files it includes), under ``root``."""
    seen = set() if seen is None else seen
    if conf in seen or not conf.is_file():
        return []
    seen.add(conf)
    folders: list[Path] = []
    try:
        lines = conf.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("include "):
            pattern = line.split(None, 1)[1].lstrip("/")
            for included in sorted(root.glob(pattern)):
                folders += ld_so_conf_dirs(root, included, seen)
        else:
            folders.append(root / line.lstrip("/"))
    return folders


def library_dirs(root: Path) -> list[Path]:
    arch = multiarch()
    folders = [
        root / d
        for d in (
            f"lib/{arch}",
            f"usr/lib/{arch}",
            "lib64",
            "usr/lib64",
            "lib",
            "usr/lib",
            "usr/local/lib",
            f"usr/local/lib/{arch}",
        )
    ]
    folders += ld_so_conf_dirs(root, root / "etc" / "ld.so.conf")
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def has_font(root: Path) -> bool:
    for folder in (root / "usr/share/fonts", root / "usr/local/share/fonts"):
        if folder.is_dir():
            for _dirpath, _dirs, files in os.walk(folder):
                if any(name.lower().endswith(FONT_SUFFIXES) for name in files):
                    return True
    return False


def program_path(root: Path, path: str | None) -> str | None:
    """Where programs are looked for: ``PATH`` on this system, the usual folders under a fake root."""
    if root.resolve() == Path("/"):
        return path
    return os.pathsep.join(str(root / d) for d in ("usr/local/bin", "usr/bin", "bin"))


def is_present(need: Need, root: Path, folders: list[Path], path: str | None) -> bool:
    if need.kind == "library":
        return any((folder / need.what).exists() for folder in folders)
    if need.kind == "font":
        return has_font(root)
    return shutil.which(need.what, path=program_path(root, path)) is not None


def missing(root: Path, purpose: str, path: str | None = None) -> list[Need]:
    """What is not there, for ``purpose`` "run" (``make run``) or "test" (``make test``: run + test)."""
    folders = library_dirs(root)
    wanted = [n for n in NEEDS if n.purpose == "run" or purpose == "test"]
    return [n for n in wanted if not is_present(n, root, folders, path)]


def venv_need(python: str) -> Need | None:
    """Debian's Python has ``ensurepip`` (which ``python -m venv`` needs) in ``python3.X-venv``."""
    probe = subprocess.run(
        [python, "-c", "import ensurepip, sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
    )
    if probe.returncode == 0:
        return None
    version = subprocess.run(
        [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    package = f"python{version}-venv" if version else "python3-venv"
    return Need(f"{python} -m venv (ensurepip)", "venv", {"apt-get": package})


def find_manager(path: str | None) -> str | None:
    for manager in MANAGERS:
        if shutil.which(manager, path=path):
            return manager
    return None


def install_commands(manager: str, packages: list[str], *, shown: bool = False) -> list[list[str]]:
    """The commands, without sudo, that install ``packages`` without asking anything.

    ``shown``: as a person would type them (apt-get without its quiet, non-interactive set-up).
    """
    if manager == "apt-get":
        if shown:
            return [
                ["apt-get", "update"],
                ["apt-get", "install", "-y", "--no-install-recommends", *packages],
            ]
        env = ["env", "DEBIAN_FRONTEND=noninteractive"]
        return [
            env + ["apt-get", "update", "-qq"],
            env + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        ]
    if manager == "dnf":
        return [["dnf", "install", "-y", *packages]]
    if manager == "pacman":
        return [["pacman", "-S", "--needed", "--noconfirm", *packages]]
    if manager == "zypper":
        return [["zypper", "--non-interactive", "install", "--no-recommends", *packages]]
    raise ValueError(manager)


def as_shell(command: list[str]) -> str:
    return " ".join(shlex.quote(part) for part in command)


def may_prompt() -> bool:
    """A password prompt is fine only on a terminal, and never in CI."""
    return sys.stdin is not None and sys.stdin.isatty() and not os.environ.get("CI")


def privileged(command: list[str], euid: int, path: str | None, prompt: bool) -> list[str] | None:
    """``command`` as root: as it is for root, else through sudo (``-n`` when no prompt may appear)."""
    if euid == 0:
        return command
    if shutil.which("sudo", path=path) is None:
        return None
    return ["sudo", *command] if prompt else ["sudo", "-n", *command]


def describe(needs: list[Need]) -> str:
    return ", ".join(n.what for n in needs)


def main(
    argv: list[str] | None = None, *, euid: int | None = None, prompt: bool | None = None
) -> int:
    parser = argparse.ArgumentParser(
        description="Check, and install, the system packages MentorJournal needs."
    )
    parser.add_argument(
        "--root", type=Path, default=Path("/"), help="the system to look at (default /)"
    )
    parser.add_argument(
        "--for",
        dest="purpose",
        choices=("run", "test"),
        default="run",
        help="run: what the app needs; test: also the tools the tests use",
    )
    parser.add_argument("--venv-python", metavar="PY", help="also check that PY can create a venv")
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--install",
        action="store_true",
        help="install what is missing (the default is only to report)",
    )
    action.add_argument("--check", action="store_true", help="only report (the default)")
    options = parser.parse_args(argv)

    if os.environ.get("MENTORJOURNAL_SYSTEM_CHECK", "").lower() == "skip":
        return 0
    if not sys.platform.startswith("linux"):
        return 0  # PySide6's macOS and Windows wheels carry all of Qt
    euid = os.geteuid() if euid is None else euid
    prompt = may_prompt() if prompt is None else prompt
    path = os.environ.get("PATH")

    needs = missing(options.root, options.purpose, path)
    if options.venv_python:
        need = venv_need(options.venv_python)
        if need is not None:
            needs.append(need)
    if not needs:
        return 0

    manager = find_manager(path)
    packages = sorted({n.package(manager) for n in needs if manager and n.package(manager)})
    unpackaged = [n for n in needs if not (manager and n.package(manager))]
    print(f"MentorJournal needs from the system: {describe(needs)}.", file=sys.stderr)
    if manager is None or unpackaged:
        print(
            f"No package for {describe(unpackaged or needs)} is known for this system "
            f"(looked for {', '.join(MANAGERS)}). Install "
            + ("them" if len(unpackaged or needs) > 1 else "it")
            + " with your package manager, then try again; "
            "MENTORJOURNAL_SYSTEM_CHECK=skip skips this check.",
            file=sys.stderr,
        )
        return 1

    commands = install_commands(manager, packages)
    root_commands = [privileged(c, euid, path, prompt) for c in commands]
    sudo = [] if euid == 0 else ["sudo"]
    typed = install_commands(manager, packages, shown=True)
    shown = " && ".join(as_shell(sudo + c) for c in typed)
    if not options.install:
        print(
            f"Install {'them' if len(packages) > 1 else 'it'} with:\n\n    {shown}\n\n"
            "then run the same make command again.",
            file=sys.stderr,
        )
        return 1
    if any(c is None for c in root_commands):
        as_root = " && ".join(as_shell(c) for c in typed)
        print(
            f"There is no sudo here. As root, run:\n\n    {as_root}\n\n"
            "then run the same make command again.",
            file=sys.stderr,
        )
        return 1

    print(f"Installing {' '.join(packages)} with {manager}…", file=sys.stderr)
    for command in root_commands:
        # The package manager's progress is shown only if it fails (sudo asks on the terminal itself).
        done = subprocess.run(
            command,
            stdin=None if prompt else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        if done.returncode != 0:
            print("\n".join(done.stdout.splitlines()[-15:]), file=sys.stderr)
            hint = (
                " (sudo needs a password: run it in a terminal)"
                if command[:2] == ["sudo", "-n"]
                else ""
            )
            print(
                f"That did not work{hint}. Install them with:\n\n    {shown}\n\n"
                "then run the same make command again.",
                file=sys.stderr,
            )
            return 1

    still = missing(options.root, options.purpose, path)
    if options.venv_python and venv_need(options.venv_python) is not None:
        still.append(venv_need(options.venv_python))
    if still:
        print(f"Still missing after the install: {describe(still)}.", file=sys.stderr)
        return 1
    print("The system packages are installed.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
