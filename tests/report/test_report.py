"""The progress report: its words from hand-computed numbers, the PDF's pages and text, the
command line, private text left out unless chosen, and no QtWidgets anywhere on the way."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from mentorjournal import report
from mentorjournal.report import markdown
from mentorjournal.storage.journal import Journal
from tests.analytics.test_insights import TODAY, small_journal
from tests.cli.test_cli import ROOT, run
from tests.conftest import FAST, PASSPHRASE

D = dt.date


@pytest.fixture
def small(journal):
    return small_journal()


def test_markdown_report_of_the_small_journal(small):
    j = small
    content = report.gather(report.Options(today=TODAY, reflections=(j.r4.id,)))
    assert (content.start, content.end) == (D(2025, 12, 1), TODAY)  # since the first record
    text = markdown.render(content)
    assert text.startswith("# Progress report\n\n*1 Dec 2025 – 10 Mar 2026 · everyone")
    assert (
        "- Confidence as mentee: 5.3 → 7.5 (▲ +2.2, grew) — the mean of 3 ratings from "
        "4 Jan 2026 against 2 up to 15 Feb 2026." in text
    )
    assert "- Confidence as mentor: 5.0 → 6.5 (▲ +1.5, grew)" in text
    assert "4 sessions held (2 as mentee, 2 as mentor), 4 wins, 0 goals achieved" in text
    assert "| Listening | 4 | 7 | +3 | 8 | not yet |" in text
    assert "- Mentor well: 70%, target date 1 Mar 2026." in text
    assert "- 14 Feb 2026: w3" in text
    assert "| Jan 2026 | 1 | 1 |" in text
    assert "private" not in text  # the reflection's text is left out unless chosen
    with_text = markdown.render(
        report.gather(report.Options(today=TODAY, reflections=(j.r4.id,), include_text=True))
    )
    assert "private" in with_text

    ana = report.gather(report.Options(today=TODAY, person=j.ana.id, start=D(2026, 1, 1)))
    assert ana.title == "Progress report: Ana Ruiz"
    assert [w.title for w in ana.wins] == ["w2"]


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.mjournal"
    journal = Journal.create(path, PASSPHRASE, kdf=FAST)
    try:
        small_journal()
    finally:
        journal.close()
    return path


def pdf_text(path: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(
        next(line.split()[1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return pages, text


def test_report_command_writes_a_pdf_and_markdown(small_file, tmp_path):
    out = tmp_path / "progress.pdf"
    result = run(
        "report",
        "--journal",
        small_file,
        "--output",
        out,
        "--until",
        "2026-03-10",
        "--reflection",
        "4",
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote the progress report" in result.stderr and "pages" in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Subtype /Image" not in data  # vectors, no pictures
    pages, text = pdf_text(out)
    assert 1 <= pages <= 3
    assert "Progress report" in text
    assert "as mentee: 5.3 → 7.5" in text  # ("Confidence" may come out with an "fi" ligature)
    assert "Sessions per month" in text and "Skills then → now" in text
    assert "private" not in text

    md = tmp_path / "ana.md"
    result = run(
        "report",
        "--journal",
        small_file,
        "-o",
        md,
        "--person",
        "Ana Ruiz",
        "--since",
        "2026-01-01",
        "--until",
        "2026-03-10",
    )
    assert result.returncode == 0, result.stderr
    assert md.read_text(encoding="utf-8").startswith("# Progress report: Ana Ruiz")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/report.txt"], "must end in .pdf or .md"),
        (["-o", "{tmp}/missing/report.pdf"], "does not exist"),
        (["-o", "{tmp}/r.pdf", "--person", "Nobody"], "--person"),
        (["-o", "{tmp}/r.pdf", "--since", "2026-13-01"], "not a real date"),
        (["-o", "{tmp}/r.pdf", "--since", "2026-03-01", "--until", "2026-01-01"], "--since"),
        (["-o", "{tmp}/r.pdf", "--reflection", "999"], "999"),
    ],
)
def test_bad_report_options_get_one_line(small_file, tmp_path, args, message):
    result = run("report", "--journal", small_file, *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert message in lines[-1], result.stderr  # one line says what is wrong (after any usage)
    assert not (tmp_path / "r.pdf").exists()


def test_an_existing_file_is_replaced_only_with_force(small_file, tmp_path):
    out = tmp_path / "r.md"
    out.write_text("mine")
    result = run("report", "--journal", small_file, "-o", out)
    assert result.returncode != 0 and "--force" in result.stderr
    assert out.read_text() == "mine"
    assert run("report", "--journal", small_file, "-o", out, "--force").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("# Progress report")


def test_the_report_never_loads_qtwidgets(small_file, tmp_path):
    script = (
        "import sys\n"
        "from mentorjournal.cli.app import main\n"
        f"code = main(['report', '--journal', {str(small_file)!r}, '-o', {str(tmp_path / 'x.pdf')!r}])\n"
        "print(code, 'PySide6.QtWidgets' in sys.modules, 'PySide6.QtGui' in sys.modules)\n"
    )
    env = {"MENTORJOURNAL_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin"}
    import os

    env.update({k: v for k, v in os.environ.items() if k.startswith(("MENTORJOURNAL_", "HOME"))})
    env["MENTORJOURNAL_PASSPHRASE"] = PASSPHRASE
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.stdout.split() == ["0", "False", "True"], result.stderr


def test_painters_and_report_import_only_qtcore_and_qtgui():
    allowed = {"PySide6.QtCore", "PySide6.QtGui"}
    for folder in ("charts", "report"):
        for path in (ROOT / "mentorjournal" / folder).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                for name in names:
                    if name.split(".")[0] in ("PySide6", "shiboken6"):
                        assert name in allowed, f"{path.name} imports {name}"
                    assert not name.startswith("ui"), f"{path.name} imports {name}"
