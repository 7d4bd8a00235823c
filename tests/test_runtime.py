"""The Python/PySide6 combination cannot hit the none_dealloc crash.

PySide6 6.12 on CPython 3.11 drops a reference to ``None`` on every Qt call
that returns nothing; after a few million calls the process aborts with
"Fatal Python error: none_dealloc". CPython 3.12+ makes ``None`` immortal.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_interpreter_is_one_that_cannot_crash():
    assert sys.version_info >= (3, 12)


def test_package_metadata_refuses_python_3_11():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["requires-python"] == ">=3.12"


def test_find_python_script_picks_a_safe_interpreter():
    out = subprocess.run(
        [str(ROOT / "scripts/find-python")], capture_output=True, text=True, check=True
    )
    version = subprocess.run(
        [out.stdout.strip(), "-c", "import sys; print(sys.version_info[:2] >= (3, 12))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == "True"


def test_three_million_void_qt_calls_do_not_abort_the_process():
    code = (
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(3_000_000):\n"
        "    o.setObjectName('x')\n"
        "print('survived')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
