"""SafeBrowser: HTML put straight into it loads nothing, from anywhere.

Each case checks what is on screen (red pixels of a red picture or style
sheet) and, as a control, that a plain QTextBrowser does load the same thing,
so the test can tell a refusal from a picture that merely failed to exist.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTextBrowser

from mentorjournal.text.render import render_markdown
from ui.record_views import SafeBrowser

DIGEST = "ab" * 32


def _red(size: int = 40) -> QImage:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    return image


def _red_pixels(qtbot, browser: QTextBrowser) -> int:
    qtbot.addWidget(browser)
    browser.resize(320, 220)
    browser.show()
    qtbot.waitExposed(browser)
    shot = browser.viewport().grab().toImage()
    count = 0
    for x in range(0, shot.width(), 2):
        for y in range(0, shot.height(), 2):
            color = shot.pixelColor(x, y)
            count += color.red() > 200 and color.green() < 80 and color.blue() < 80
    return count


class _Tracking(SafeBrowser):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.asked: list[tuple[int, str, object]] = []

    def loadResource(self, kind, name: QUrl):
        answer = super().loadResource(kind, name)
        self.asked.append((int(kind), name.toString(), answer))
        return answer


@pytest.fixture
def red_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    picture = tmp_path / "red.png"
    assert _red().save(str(picture))
    sheet = tmp_path / "red.css"
    sheet.write_text("body, p { background-color: #ff0000; color: #ff0000; }")
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    _red().save(buffer, "PNG")
    monkeypatch.chdir(tmp_path)  # so that a relative "red.png" would be found
    return {
        "file_url": QUrl.fromLocalFile(str(picture)).toString(),
        "path": str(picture),
        "relative": "red.png",
        "data": "data:image/png;base64," + base64.b64encode(bytes(buffer.data())).decode(),
        "sheet": QUrl.fromLocalFile(str(sheet)).toString(),
    }


@pytest.mark.parametrize("source", ["file_url", "path", "relative", "data"])
def test_no_image_from_anywhere(qtbot, red_files, source):
    page = f'<p>hello</p><img src="{red_files[source]}" width="40" height="40">'
    control = QTextBrowser()
    control.setHtml(page)
    assert _red_pixels(qtbot, control) > 100  # Qt on its own shows it

    browser = _Tracking("test view")
    browser.setHtml(page)
    assert _red_pixels(qtbot, browser) == 0
    assert browser.asked, "Qt asked the view for the picture"
    for _kind, _url, answer in browser.asked:
        assert isinstance(answer, QImage) and answer.isNull()


def test_no_style_sheet_from_disk(qtbot, red_files):
    page = (
        f'<html><head><link rel="stylesheet" type="text/css" href="{red_files["sheet"]}">'
        "</head><body><p>hello world hello world</p></body></html>"
    )
    control = QTextBrowser()
    control.setHtml(page)
    assert _red_pixels(qtbot, control) > 100

    browser = _Tracking("test view")
    browser.setHtml(page)
    assert _red_pixels(qtbot, browser) == 0
    assert [answer for _kind, _url, answer in browser.asked] == [""]


def test_etc_passwd_is_not_read(qtbot, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the view")
    secret_url = QUrl.fromLocalFile(str(secret))
    page = f'<img src="file:///etc/passwd"><img src="{secret_url.toString()}">'
    control = QTextBrowser()
    control.setHtml(page)
    _red_pixels(qtbot, control)
    assert bytes(control.document().resource(2, secret_url)) == b"not for the view"

    browser = _Tracking("test view")
    browser.setHtml(page)
    _red_pixels(qtbot, browser)
    assert {url for _kind, url, _answer in browser.asked} == {
        "file:///etc/passwd",
        secret_url.toString(),
    }
    for url in ("file:///etc/passwd", secret_url.toString()):
        held = browser.document().resource(2, QUrl(url))
        assert isinstance(held, QImage) and held.isNull()  # what we answered, no bytes


def test_attachments_are_refused_without_a_loader(qtbot):
    browser = SafeBrowser("test view")
    browser.setHtml(
        render_markdown(f"![pic](mj-attachment:{DIGEST})", attachment_exists=lambda d: True)
    )
    assert _red_pixels(qtbot, browser) == 0


def test_attachment_loader_serves_only_its_scheme(qtbot, red_files):
    asked: list[str] = []

    def loader(digest: str) -> QImage:
        asked.append(digest)
        return _red()

    browser = SafeBrowser("test view", attachment_loader=loader)
    html = render_markdown(
        f"![pic](mj-attachment:{DIGEST.upper()})", attachment_exists=lambda d: True
    )
    assert f'src="mj-attachment:{DIGEST}"' in html
    browser.setHtml(html + f'<img src="{red_files["file_url"]}"><img src="mj-attachment:xyz">')
    assert _red_pixels(qtbot, browser) > 100
    assert asked and set(asked) == {DIGEST}


def test_a_failing_attachment_loader_shows_nothing(qtbot):
    def loader(digest: str) -> QImage:
        raise OSError("gone")

    browser = SafeBrowser("test view", attachment_loader=loader)
    browser.setHtml(f'<img src="mj-attachment:{DIGEST}">')
    assert _red_pixels(qtbot, browser) == 0


def test_links_are_not_followed(qtbot):
    browser = SafeBrowser("test view")
    assert not browser.openLinks() and not browser.openExternalLinks()
    browser.setHtml(render_markdown("[x](https://example.org)"))
    assert browser.toPlainText() == "x" and browser.source().isEmpty()
