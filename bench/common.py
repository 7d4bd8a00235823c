"""What the bench scripts share: paths, child processes, A/B interleaving, statistics.

Every sample comes from a fresh child process. A figure is measured as pairs
of processes run alternately, A B A B ... (A: MentorJournal, B: its floor or
peer), so that whatever else the shared machine is doing falls on both alike.
Each side's figure is the median of its samples, shown with min-max; the
ratio is median A / median B. Nothing here subtracts one separately timed
thing from another.
"""

from __future__ import annotations

import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / "cache"
OUT = BENCH / "out"
PROBES = BENCH / "probes.py"
PYTHON = sys.executable

PASSPHRASE = "bench passphrase"
#: Every demo journal ends on this day (the generator never reads the clock then).
END = "2026-11-01"
SEED = 1
#: The word typed into search, one keystroke at a time (common in the demo text).
SEARCH_WORD = "feedback"
#: How long one child may take before it counts as hung (seconds).
CHILD_TIMEOUT = 3600


def child_env(home: Path | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every child: offscreen Qt (unless set), a private config home.

    QSettings, backups and the keychain look under XDG_* folders; pointing them
    at a scratch folder keeps the bench away from the user's own settings and
    makes every run start from the same (empty) preferences.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    if home is not None:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            folder = home / name.lower()
            folder.mkdir(parents=True, exist_ok=True)
            env[name] = str(folder)
        env["MENTORJOURNAL_DATA_DIR"] = str(home / "mentorjournal-data")
        env["MENTORJOURNAL_CONFIG_DIR"] = str(home / "mentorjournal-config")
    # Bytecode as a user's Python keeps it: written on the first (warm-up) run, read after.
    # Some machines set PYTHONDONTWRITEBYTECODE, which would make every child compile our
    # sources again (an installed wheel, like the floor's PySide6, never does).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("MENTORJOURNAL_PASSPHRASE", None)
    env.update(extra or {})
    return env


class ChildFailed(RuntimeError):
    pass


def run_child(
    argv: Sequence[str],
    env: dict[str, str],
    *,
    stdin: str | None = None,
    timeout: float = CHILD_TIMEOUT,
    check: Callable[[subprocess.CompletedProcess], bool] | None = None,
) -> tuple[float, str]:
    """Run one process; return (wall ms from spawn to exit, stdout).

    The child's CPU time (user + system, its own children included) is left in
    ``run_child.last_cpu_ms``.
    """
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(
        list(argv),
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        start_new_session=True,  # no terminal: jrnl reads its password from stdin
    )
    wall = (time.perf_counter() - began) * 1000
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_child.last_cpu_ms = (  # type: ignore[attr-defined]
        (now.ru_utime - used.ru_utime) + (now.ru_stime - used.ru_stime)
    ) * 1000
    if done.returncode != 0 or (check is not None and not check(done)):
        tail = (done.stderr or done.stdout or "").strip().splitlines()[-3:]
        raise ChildFailed(f"exit {done.returncode}: " + " | ".join(tail)[-400:])
    return wall, done.stdout


def probe_values(stdout: str) -> dict[str, Any]:
    """The last line a probe printed: one JSON object of figures (or {"na": reason})."""
    for line in reversed(stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ChildFailed("the probe printed no figures")


@dataclass
class Side:
    """One side of a pair: a command, and which of its outputs are figures."""

    argv: list[str]
    #: "wall": the process's own wall time is the figure; "probe": its JSON output.
    mode: str = "probe"
    stdin: str | None = None
    env: dict[str, str] | None = None
    check: Callable[[subprocess.CompletedProcess], bool] | None = None


@dataclass
class Samples:
    values: dict[str, list[float]] = field(default_factory=dict)
    na: dict[str, str] = field(default_factory=dict)

    def add(self, got: dict[str, Any]) -> None:
        for key, value in got.items():
            if key == "na":
                continue
            if isinstance(value, str):  # a probe's "n/a: reason" for one figure
                self.na.setdefault(key, value)
            elif value is not None and not (isinstance(value, float) and math.isnan(value)):
                self.values.setdefault(key, []).append(float(value))


def _one(side: Side, env: dict[str, str], timeout: float) -> dict[str, Any]:
    wall, out = run_child(
        side.argv, side.env or env, stdin=side.stdin, timeout=timeout, check=side.check
    )
    if side.mode == "wall":
        return {"wall_ms": wall, "wall_cpu_ms": run_child.last_cpu_ms}  # type: ignore[attr-defined]
    got = probe_values(out)
    if "na" in got:
        raise ChildFailed(str(got["na"]))
    return got


def interleave(
    a: Side,
    b: Side | None,
    runs: int,
    env: dict[str, str],
    *,
    warmup: bool = False,
    slow_s: float = 20.0,
    slow_runs: int = 3,
    timeout: float = CHILD_TIMEOUT,
    say: Callable[[str], None] = lambda _s: None,
) -> tuple[Samples, Samples, str | None]:
    """Run A B A B ... ``runs`` pairs; return the samples of each side and an error.

    ``warmup`` runs one untimed pair first (file cache, bytecode). A pair that
    takes longer than ``slow_s`` seconds cuts the count to ``slow_runs``
    pairs, so that the 100-year journal finishes in reasonable time (the
    number of samples is kept with the figures).
    """
    sa, sb = Samples(), Samples()
    try:
        if warmup:
            _one(a, env, timeout)
            if b is not None:
                _one(b, env, timeout)
        wanted = runs
        i = 0
        while i < wanted:
            began = time.perf_counter()
            sa.add(_one(a, env, timeout))
            if b is not None:
                sb.add(_one(b, env, timeout))
            i += 1
            if i == 1 and time.perf_counter() - began > slow_s and wanted > slow_runs:
                wanted = slow_runs
                say(f"    slow pair ({time.perf_counter() - began:.0f} s): {wanted} pairs")
    except (ChildFailed, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        return sa, sb, str(exc)
    return sa, sb, None


def summary(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def growth(t1: float | None, t2: float | None, y1: float, y2: float) -> float | None:
    """The exponent k with t2 / t1 = (y2 / y1) ** k (1.0: linear)."""
    if not t1 or not t2 or t1 <= 0 or t2 <= 0 or y1 == y2:
        return None
    return math.log(t2 / t1) / math.log(y2 / y1)


def rss_mb(field_name: str = "VmRSS") -> float:
    """This process's resident memory (VmRSS) or its peak (VmHWM), in MB (MiB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux 4.0+: write 5 to clear_refs)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def git_describe() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        branch = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--abbrev-ref", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{branch}@{head}" + ("+changes" if dirty else "")
