"""scripts/system_check.py: finds what Qt needs from the system, installs it or says how.

Every run here is against a fake root (a folder with empty files named like
the libraries) and a ``PATH`` whose package manager and ``sudo`` are stubs
that record their arguments: nothing is installed for real.
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "system_check.py"

spec = importlib.util.spec_from_file_location("system_check", SCRIPT)
system_check = importlib.util.module_from_spec(spec)
sys.modules["system_check"] = system_check
spec.loader.exec_module(system_check)

ARCH = system_check.multiarch()
LIBRARIES = [n.what for n in system_check.NEEDS if n.kind == "library"]
PROGRAMS = [n.what for n in system_check.NEEDS if n.kind == "program"]


def make_root(tmp_path: Path, *, without: tuple[str, ...] = (), font: bool = True) -> Path:
    """A system with everything MentorJournal needs, except ``without``."""
    root = tmp_path / "root"
    libdir = root / "usr" / "lib" / ARCH
    libdir.mkdir(parents=True)
    for soname in LIBRARIES:
        if soname not in without:
            (libdir / soname).touch()
    bindir = root / "usr" / "bin"
    bindir.mkdir(parents=True)
    for program in PROGRAMS:
        if program not in without:
            make_executable(bindir / program, "#!/bin/sh\nexit 0\n")
    if font:
        fonts = root / "usr" / "share" / "fonts" / "truetype" / "dejavu"
        fonts.mkdir(parents=True)
        (fonts / "DejaVuSans.ttf").touch()
    return root


def make_executable(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)


def stub_bin(
    tmp_path: Path, root: Path, manager: str = "apt-get", *, sudo: str = "works"
) -> tuple[Path, Path]:
    """A folder for PATH with a package manager that records its arguments and "installs"
    every library into ``root``; and with a ``sudo`` that records, then runs or refuses
    (so that not even a developer's real sudo is ever reached)."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    log = tmp_path / "calls.log"
    libdir = root / "usr" / "lib" / ARCH
    touch_all = " ".join(f'"{libdir / soname}"' for soname in LIBRARIES)
    touch = shutil.which("touch")
    make_executable(
        bindir / manager,
        f'#!/bin/sh\necho "{manager} $*" >> "{log}"\n{touch} {touch_all}\nexit 0\n',
    )
    make_executable(bindir / "env", '#!/bin/sh\nshift\nexec "$@"\n')  # env VAR=value command...
    if sudo == "works":  # run as whoever runs the tests
        make_executable(
            bindir / "sudo",
            f'#!/bin/sh\necho "sudo $*" >> "{log}"\n[ "$1" = -n ] && shift\nexec "$@"\n',
        )
    elif sudo == "needs-password":
        make_executable(
            bindir / "sudo",
            f'#!/bin/sh\necho "sudo $*" >> "{log}"\n'
            'echo "sudo: a password is required" >&2\nexit 1\n',
        )
    return bindir, log


def run_script(
    *args: str, path: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    environment = {
        "PATH": str(path),
        "HOME": str(path.parent),
    }  # only the stubs: no real apt-get, no sudo
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        stdin=subprocess.DEVNULL,
    )


def calls(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


# -- finding ------------------------------------------------------------------------


def test_a_complete_fake_root_lacks_nothing(tmp_path):
    assert system_check.missing(make_root(tmp_path), "test") == []


def test_the_missing_library_is_found_missing(tmp_path):
    root = make_root(tmp_path, without=("libxcb-cursor.so.0",))
    assert [n.what for n in system_check.missing(root, "run")] == ["libxcb-cursor.so.0"]


def test_no_font_is_missing_too(tmp_path):
    root = make_root(tmp_path, font=False)
    assert [n.what for n in system_check.missing(root, "run")] == ["a font"]


def test_test_tools_matter_only_for_make_test(tmp_path):
    root = make_root(tmp_path, without=("appstreamcli",))
    assert system_check.missing(root, "run") == []
    assert [n.what for n in system_check.missing(root, "test")] == ["appstreamcli"]


def test_a_library_in_a_folder_named_by_ld_so_conf_counts(tmp_path):
    root = make_root(tmp_path, without=("libGL.so.1",))
    (root / "opt" / "gl").mkdir(parents=True)
    (root / "opt" / "gl" / "libGL.so.1").touch()
    (root / "etc" / "ld.so.conf.d").mkdir(parents=True)
    (root / "etc" / "ld.so.conf").write_text("include /etc/ld.so.conf.d/*.conf\n", encoding="utf-8")
    (root / "etc" / "ld.so.conf.d" / "gl.conf").write_text(
        "# vendor GL\n/opt/gl\n", encoding="utf-8"
    )
    assert system_check.missing(root, "run") == []


# -- installing or telling how --------------------------------------------------------


def test_check_only_prints_the_exact_command_and_installs_nothing(tmp_path):
    root = make_root(tmp_path, without=("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"))
    bindir, log = stub_bin(tmp_path, root)
    result = run_script("--root", str(root), "--check", path=bindir)
    assert result.returncode == 1
    assert "needs from the system: libxkbcommon-x11.so.0, libxcb-cursor.so.0." in result.stderr
    command = "apt-get install -y --no-install-recommends libxcb-cursor0 libxkbcommon-x11-0"
    assert command in result.stderr
    assert calls(log) == []


def test_it_installs_with_apt_get_and_checks_again(tmp_path):
    root = make_root(tmp_path, without=("libxcb-cursor.so.0",))
    bindir, log = stub_bin(tmp_path, root)
    result = run_script("--root", str(root), "--install", path=bindir)
    assert result.returncode == 0, result.stderr
    assert [c for c in calls(log) if not c.startswith("sudo")] == [  # sudo -n first when not root
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends libxcb-cursor0",
    ]
    assert (root / "usr" / "lib" / ARCH / "libxcb-cursor.so.0").exists()


def test_nothing_missing_runs_nothing(tmp_path):
    root = make_root(tmp_path)
    bindir, log = stub_bin(tmp_path, root)
    result = run_script("--root", str(root), "--install", path=bindir)
    assert result.returncode == 0 and result.stderr == ""
    assert calls(log) == []


def test_skip_skips(tmp_path):
    root = make_root(tmp_path, without=("libGL.so.1",))
    bindir, log = stub_bin(tmp_path, root)
    result = run_script(
        "--root", str(root), "--install", path=bindir, env={"MENTORJOURNAL_SYSTEM_CHECK": "skip"}
    )
    assert result.returncode == 0 and calls(log) == []


def in_process(monkeypatch, bindir: Path, argv: list[str], *, euid: int, prompt: bool) -> int:
    monkeypatch.setenv("PATH", str(bindir))
    return system_check.main(argv, euid=euid, prompt=prompt)


def test_not_root_without_a_terminal_uses_sudo_n(tmp_path, monkeypatch, capsys):
    root = make_root(tmp_path, without=("libxcb-icccm.so.4",))
    bindir, log = stub_bin(tmp_path, root, sudo="works")
    assert (
        in_process(monkeypatch, bindir, ["--root", str(root), "--install"], euid=1000, prompt=False)
        == 0
    )
    assert calls(log) == [
        "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq",
        "apt-get update -qq",
        "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxcb-icccm4",
        "apt-get install -y -qq --no-install-recommends libxcb-icccm4",
    ]


def test_not_root_on_a_terminal_lets_sudo_ask(tmp_path, monkeypatch):
    root = make_root(tmp_path, without=("libxcb-icccm.so.4",))
    bindir, log = stub_bin(tmp_path, root, sudo="works")
    assert (
        in_process(monkeypatch, bindir, ["--root", str(root), "--install"], euid=1000, prompt=True)
        == 0
    )
    assert calls(log)[0] == "sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq"


def test_sudo_that_needs_a_password_stops_with_the_command(tmp_path, monkeypatch, capsys):
    root = make_root(tmp_path, without=("libxcb-image.so.0",))
    bindir, log = stub_bin(tmp_path, root, sudo="needs-password")
    assert (
        in_process(monkeypatch, bindir, ["--root", str(root), "--install"], euid=1000, prompt=False)
        == 1
    )
    assert calls(log) == [
        "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq"
    ]  # stopped at once
    err = capsys.readouterr().err
    assert (
        "sudo apt-get update && sudo apt-get install -y --no-install-recommends libxcb-image0"
        in err
    )
    assert "password" in err


def test_no_sudo_and_not_root_says_to_run_it_as_root(tmp_path, monkeypatch, capsys):
    root = make_root(tmp_path, without=("libxcb-image.so.0",))
    bindir, log = stub_bin(tmp_path, root, sudo="none")
    assert (
        in_process(monkeypatch, bindir, ["--root", str(root), "--install"], euid=1000, prompt=False)
        == 1
    )
    assert calls(log) == []
    assert "As root, run:\n\n    apt-get update && apt-get install" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("manager", "expected"),
    [
        ("dnf", "dnf install -y xcb-util-cursor"),
        ("pacman", "pacman -S --needed --noconfirm xcb-util-cursor"),
        ("zypper", "zypper --non-interactive install --no-recommends libxcb-cursor0"),
    ],
)
def test_other_package_managers(tmp_path, manager, expected):
    root = make_root(tmp_path, without=("libxcb-cursor.so.0",))
    bindir, log = stub_bin(tmp_path, root, manager)
    result = run_script("--root", str(root), "--install", path=bindir)
    assert result.returncode == 0, result.stderr
    assert [c for c in calls(log) if not c.startswith("sudo")] == [expected]


def test_no_package_manager_names_what_is_missing(tmp_path):
    root = make_root(tmp_path, without=("libdbus-1.so.3",))
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(root), "--install"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": str(empty)},
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert "libdbus-1.so.3" in result.stderr and "MENTORJOURNAL_SYSTEM_CHECK=skip" in result.stderr


def test_a_python_without_ensurepip_gets_its_venv_package(tmp_path):
    root = make_root(tmp_path)
    bindir, log = stub_bin(tmp_path, root)
    python = tmp_path / "python3"  # like Debian's python3.13 without python3.13-venv
    make_executable(python, '#!/bin/sh\ncase "$2" in *ensurepip*) exit 1;; esac\necho 3.13\n')
    result = run_script("--root", str(root), "--check", "--venv-python", str(python), path=bindir)
    assert result.returncode == 1
    assert "apt-get install -y --no-install-recommends python3.13-venv" in result.stderr


def test_this_python_can_make_a_venv():
    assert system_check.venv_need(sys.executable) is None


# -- the list is what Qt needs --------------------------------------------------------


def needed_libraries(elf: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (what ``readelf -d`` lists)."""
    data = elf.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, elf
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + n * shentsize) for n in range(shnum)
    ]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # its sh_link
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start : data.index(b"\0", start)].decode())
    return names


BASE_SYSTEM = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libgcc_s.so.1",
    "libstdc++.so.6",
    "libz.so.1",
    "libzstd.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt's libraries are ELF files on Linux only"
)
def test_every_system_library_qt_loads_is_checked():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    bundled = {p.name for p in (qt / "lib").iterdir()}
    used = [
        qt / "lib" / f"libQt6{m}.so.6"
        for m in (
            "Core",
            "Gui",
            "Widgets",
            "PrintSupport",
            "Svg",
            "DBus",
            "OpenGL",
            "OpenGLWidgets",
            "XcbQpa",
        )
    ]
    used += [qt / "plugins" / "platforms" / p for p in ("libqxcb.so", "libqoffscreen.so")]
    used += sorted((qt / "plugins" / "xcbglintegrations").glob("*.so"))
    needed = {name for elf in used for name in needed_libraries(elf)}
    from_system = needed - bundled - BASE_SYSTEM
    assert "libxcb-cursor.so.0" in from_system  # the one the issue was about
    assert from_system <= set(LIBRARIES), sorted(from_system - set(LIBRARIES))
