"""At 100 % and 200 % every page of the start dialog, Settings and the passphrase dialogs
fits the screen's available area with every button and field on it (tests/ui/fit_check.py,
in its own process: the scale factor is read once, at start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["", "de"])
@pytest.mark.parametrize("scale", ["1", "2"])
def test_dialogs_fit_a_1600_by_1000_screen(tmp_path, scale, language, german_catalogue):
    screens = tmp_path / "screen.json"
    screens.write_text(
        json.dumps(
            {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000}]}
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "QT_SCALE_FACTOR": scale,
        "FIT_LANGUAGE": language,
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_check", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "", run.stdout
