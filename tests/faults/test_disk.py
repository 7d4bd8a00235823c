"""A full disk, a read-only file and folder: one clear line and an exit code, nothing lost.

The full disk is a small tmpfs where the test may mount one (root on Linux),
else a child with ``RLIMIT_FSIZE`` (writes past the limit fail with EFBIG).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from mentorjournal.storage.journal import Journal
from mentorjournal.storage.models import Reflection
from tests.cli.test_cli import run
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def fill(path: Path, n: int) -> None:
    with Journal.create(path, PASSPHRASE, kdf=FAST):
        Reflection.insert_many(
            [{"written_at": "2026-01-01", "title": f"r{i}", "body": "y" * 900} for i in range(n)]
        ).execute()


@pytest.fixture
def small_disk(tmp_path):
    """A folder on a 1 MiB filesystem, or None where none can be mounted."""
    mount = tmp_path / "small"
    mount.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        yield None
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_full_disk_gives_its_own_line_and_loses_nothing(tmp_path, small_disk):
    if small_disk is not None:
        path = small_disk / "j.mjournal"
        fill(path, 10)
        ballast = small_disk / "ballast"
        fd = os.open(ballast, os.O_WRONLY | os.O_CREAT, 0o600)
        try:  # fill the disk to the last block
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        env = {}
    else:
        path = tmp_path / "j.mjournal"
        fill(path, 10)
        env = {"MJ_TEST_FSIZE": str(path.stat().st_size + 8192)}
    body = path.parent.parent / "body.md"
    body.write_text("z" * 2_000_000)
    codes = []
    for _ in range(3):
        result = _run_limited(
            env, "add", "reflection", "--title", "big", "--body", "-", "--journal", path, stdin=body
        )
        codes.append(result.returncode)
        assert "internal error" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "full" in result.stderr, result.stderr
    assert codes == [8, 8, 8]
    result = _run_limited(env, "export", "--output", path.parent / "out.json", "--journal", path)
    assert result.returncode == 8 and "full" in result.stderr, result.stderr
    assert [n for n in os.listdir(path.parent) if ".tmp" in n] == []
    if small_disk is not None:
        os.remove(small_disk / "ballast")
    with Journal.open(path, PASSPHRASE) as journal:
        assert journal.verify() == []
        assert Reflection.select().count() == 10


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("body_size", [2_000_000, 600_000])
def test_a_file_size_limit_gives_the_full_line_and_loses_nothing(tmp_path, body_size):
    """Writes past ``ulimit -f`` fail with EFBIG (SQLite rolls back by itself, so
    the driver's last word is "cannot rollback"): still the full-disk line. Both
    bodies are larger than the limit, so the write-ahead log cannot hold them either
    (a smaller one may commit to the log and only the checkpoint at close fail)."""
    path = tmp_path / "j.mjournal"
    fill(path, 10)
    env = {"MJ_TEST_FSIZE": str(path.stat().st_size + 8192)}
    body = tmp_path / "body.md"
    body.write_text("z" * body_size)
    result = _run_limited(
        env, "add", "reflection", "--title", "big", "--body", "-", "--journal", path, stdin=body
    )
    assert result.returncode == 8, result.stderr
    assert "full" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with Journal.open(path, PASSPHRASE) as journal:
        assert journal.verify() == []
        assert Reflection.select().count() == 10


def _run_limited(env: dict[str, str], *args, stdin: Path | None = None):
    text = stdin.read_text() if stdin else None
    if not env:
        return run(*args, input=text)
    limit = env["MJ_TEST_FSIZE"]
    code = (
        "import resource, signal, sys; "
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
        "from mentorjournal.cli.app import main; sys.exit(main(sys.argv[1:]))"
    )
    child = {k: v for k, v in os.environ.items()} | {"MENTORJOURNAL_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        input=text,
        capture_output=True,
        text=True,
        env=child,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_read_only_file_and_folder_get_their_own_line(tmp_path):
    path = tmp_path / "ro" / "j.mjournal"
    fill(path, 3)
    os.chmod(path, 0o400)
    result = run("add", "reflection", "--title", "t", "--body", "b", "--journal", path)
    if os.geteuid() == 0:  # root writes anyway: make the folder a read-only mount instead
        assert result.returncode in (0, 7), result.stderr
    else:
        assert result.returncode == 7 and "read-only" in result.stderr, result.stderr
    os.chmod(path, 0o600)
    out = tmp_path / "nowhere" / str(uuid.uuid4())
    result = run("export", "--output", out / "x.json", "--journal", path)
    assert result.returncode == 1 and "does not exist" in result.stderr, result.stderr
    with Journal.open(path, PASSPHRASE) as journal:
        assert journal.verify() == []


def test_init_in_an_unwritable_place_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("init", "--journal", blocker / "j.mjournal", input=None)
    assert result.returncode in (1, 2, 7), result.stderr
    assert "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    shutil.rmtree(tmp_path / "file", ignore_errors=True)
