"""The guide names the start dialog's buttons as the dialog spells them.

After the merge the guide (written on one branch) still said "Try the demo journal"
and "Forgot the passphrase?" while the dialog (another branch) says "Explore the demo
journal" and "Use recovery key…", and it called the recovery key optional although
it is made by default.
"""

from __future__ import annotations

from tests.conftest import FAST
from ui import help as guide
from ui.start_dialog import StartDialog


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_the_guide_names_the_first_run_and_unlock_buttons(qtbot, settings, chain):
    dialog = StartDialog(settings, chain, kdf=FAST)
    qtbot.addWidget(dialog)
    text = "\n".join(topic.markdown for topic in guide.topics())
    for button in (
        dialog.new_button,
        dialog.open_button,
        dialog.demo_button,
        dialog.forgot_button,
    ):
        assert f"**{plain(button.text())}" in text, plain(button.text())
    assert dialog.want_recovery.isChecked()  # on by default, as the guide now says
    assert "unless you untick the box" in text
