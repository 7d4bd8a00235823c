"""Passphrase strength by zxcvbn, shown as a level and a translated hint.

zxcvbn (Dropbox's estimator, the Python port) matches the passphrase
against lists of common passwords, names and words, keyboard patterns,
repeats, sequences and dates, and estimates how many guesses an attacker
needs: "Password1!" and "aaaaaaaaaaaaaaaaaaaaaaaa" are weak, four unrelated
words are strong. Importing it costs about 0.1 s and one estimate takes
0.5–25 ms for a typical passphrase but up to 0.6 s for 72 random characters,
so neither happens on the UI thread: ``StrengthMeter`` imports it lazily
and estimates on a pool thread, a moment after the user stops typing, and
shows only the newest result. ``estimate`` is the blocking call under it.

zxcvbn's feedback is English; every sentence it can give is listed here
(``FEEDBACK``) so that Qt's translation tools find them in the "zxcvbn"
context, and is shown through ``QCoreApplication.translate``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from . import workers

#: zxcvbn refuses longer input (its default limit); the first 72 characters are rated
#: instead, which never overrates a passphrase.
MAX_CHARS = 72
#: Words that say nothing secret about this journal: zxcvbn counts them as known.
CONTEXT_WORDS = ("mentorjournal", "mentor", "journal", "mentoring", "passphrase", "password")
#: The pause after the last keystroke before estimating.
DELAY_MS = 150

#: Every sentence zxcvbn 4.5 can give as feedback (zxcvbn/feedback.py), for translators.
FEEDBACK = (
    QT_TRANSLATE_NOOP("zxcvbn", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("zxcvbn", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("zxcvbn", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("zxcvbn", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "zxcvbn", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid sequences."),
    QT_TRANSLATE_NOOP("zxcvbn", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid recent years."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a very common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("zxcvbn", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("zxcvbn", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("zxcvbn", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "zxcvbn", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
)

#: zxcvbn keeps the words of the last call in a module global: one estimate at a time.
_estimating = threading.Lock()


@dataclass(frozen=True)
class Strength:
    """``level`` 0 (nothing typed) and 1 weak … 4 strong; zxcvbn's own English feedback."""

    level: int
    warning: str = ""
    suggestions: tuple[str, ...] = ()


def estimate(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    """zxcvbn's verdict (blocking: up to half a second; call it off the UI thread)."""
    if not passphrase:
        return Strength(0)
    import zxcvbn  # about 0.1 s: only once a passphrase is typed

    with _estimating:
        result = zxcvbn.zxcvbn(passphrase[:MAX_CHARS], user_inputs=[*CONTEXT_WORDS, *context])
    feedback = result.get("feedback") or {}
    score = int(
        result["score"]
    )  # 0 too guessable, 1 very, 2 somewhat, 3 safely, 4 very unguessable
    return Strength(
        level=max(1, score),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


def translated(sentence: str) -> str:
    return QCoreApplication.translate("zxcvbn", sentence)


def describe(strength: Strength) -> str:
    """The hint under the passphrase field, translated."""
    if strength.level == 0:
        return QCoreApplication.translate(
            "strength",
            "Choose a passphrase: several unrelated words are easy to remember and hard to guess.",
        )
    verdict = {
        1: QCoreApplication.translate("strength", "Weak."),
        2: QCoreApplication.translate("strength", "Fair."),
        3: QCoreApplication.translate("strength", "Good."),
        4: QCoreApplication.translate("strength", "Strong."),
    }[strength.level]
    parts = [verdict]
    if strength.warning:
        parts.append(translated(strength.warning))
    parts.extend(translated(s) for s in strength.suggestions[:2])
    if strength.level >= 3:
        parts.append(
            QCoreApplication.translate(
                "strength",
                "A forgotten passphrase can only be replaced with the recovery key.",
            )
        )
    return " ".join(parts)


def strength_hint(passphrase: str) -> tuple[int, str]:
    """Level and translated hint at once (blocking; tests and short inputs)."""
    rated = estimate(passphrase)
    return rated.level, describe(rated)


class StrengthMeter(QObject):
    """Rates what is typed, off the UI thread; ``rated(level, hint)`` brings the newest verdict.

    ``update(text)`` after every change; the estimate starts ``DELAY_MS`` after the last
    one and a result that a newer keystroke has overtaken is dropped. ``level`` and
    ``hint`` hold the verdict on screen; ``pending`` is true while one is on its way.
    """

    rated = Signal(int, str)

    def __init__(self, context: tuple[str, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._text = ""
        self._asked = 0  # the generation of the newest text
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.level = 0
        self.hint = describe(Strength(0))
        self._task: workers.Task | None = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._running

    def update(self, text: str) -> None:
        self._text = text
        self._asked += 1
        if not text:  # nothing to estimate: say so at once
            self._timer.stop()
            self._show(Strength(0))
            return
        self._timer.start()

    def clear(self) -> None:
        self._text = ""
        self.update("")

    def _start(self) -> None:
        if self._running:
            self._timer.start()  # one at a time; the newest text follows this one
            return
        generation, text, context = self._asked, self._text, self._context
        self._running = True
        task = workers.Task(lambda: (generation, estimate(text, context)))
        task.connect(self._done, self._failed, self._finished)
        self._task = task
        task.start()

    def _done(self, result: tuple[int, Strength]) -> None:
        generation, rated = result
        if generation == self._asked:
            self._show(rated)

    def _failed(self, _message: str) -> None:
        self._show(Strength(0))

    def _finished(self) -> None:
        self._running = False
        self._task = None

    def _show(self, rated: Strength) -> None:
        self.level, self.hint = rated.level, describe(rated)
        self.rated.emit(self.level, self.hint)
