"""Inputs that used to crash the command line (exit 70): each gets one line and its code."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import jpath, one_line_error, run  # noqa: F401 - jpath is a fixture


@pytest.mark.parametrize(
    ("args", "stdin", "code", "needle"),
    [
        (["import", "-"], "[]", 2, "expected a JSON object"),
        (["import", "-"], "null", 2, "expected a JSON object"),
        (["import", "-"], "[" * 100_000 + "]" * 100_000, 2, "nested too deeply"),
        (["show", "reflection", "100000000000000000000"], None, 1, "ids go up to"),
        (["stats", "--today", "0001-01-01"], None, 2, "must be between"),
        (["stats", "--today", "9999-12-31"], None, 2, "must be between"),
        (["add", "session", "--person", "100000000000000000000"], None, None, ""),
    ],
)
def test_hostile_input_gets_one_line_and_no_crash(jpath, args, stdin, code, needle):  # noqa: F811
    result = run(*args, "--journal", jpath, input=stdin)
    assert result.returncode != 70 and "internal error" not in result.stderr, result.stderr
    if code is None:
        assert result.returncode in (1, 2), result.stderr
        return
    if code == 2 and "must be between" in needle:
        assert result.returncode == 2 and needle in result.stderr, result.stderr
        return
    one_line_error(result, code, needle)


def test_init_where_a_file_blocks_the_folder_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("init", "--journal", blocker / "j.mjournal")
    assert result.returncode != 70, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
