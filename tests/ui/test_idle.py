"""Auto-lock: the idle timer, what restarts it, waiting for background work, the window locking."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from mentorjournal.storage import db
from tests.ui import test_settings
from ui import workers
from ui.idle import IdleLock

controller = test_settings.controller  # the same fixture: a real Controller and window


@pytest.fixture
def lock() -> Iterator[IdleLock]:
    lock = IdleLock(0)
    yield lock
    lock.detach()


@pytest.fixture
def field(qtbot) -> QLineEdit:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    return field


def test_times_out_after_the_interval(qtbot, lock):
    lock.start()
    assert not lock.is_running()  # 0 minutes: nothing to count
    clock = QElapsedTimer()
    clock.start()
    lock.set_interval_ms(150)
    assert lock.is_running() and lock.interval_ms == 150
    with qtbot.waitSignal(lock.timed_out, timeout=3000):
        pass
    assert (
        clock.elapsed() >= 135
    )  # not before the interval (coarse timers may be 5% early, 1 ms steps)
    assert not lock.is_running()  # fires once, then waits for the next start


def test_minutes_set_the_interval():
    lock = IdleLock(3)
    try:
        assert lock.interval_ms == 180_000 and not lock.is_running()  # counts only once started
        lock.start()
        assert lock.is_running()
        lock.set_minutes(-4)
        assert lock.interval_ms == 0 and not lock.is_running()
    finally:
        lock.detach()


@pytest.mark.parametrize("action", ["key", "mouse click", "mouse move", "wheel"])
def test_input_restarts_the_timer(qtbot, lock, field, action):
    """Input 100 ms in moves the time-out from ~500 ms to ~600 ms after the start."""
    lock.start()
    clock = QElapsedTimer()
    clock.start()
    lock.set_interval_ms(500)
    when: list[int] = []

    def user_input():
        when.append(clock.elapsed())
        if action == "key":
            qtbot.keyClick(field, Qt.Key.Key_A)
        elif action == "mouse click":
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        elif action == "mouse move":
            qtbot.mouseMove(field, field.rect().center() + QPoint(3, 1))
        else:
            point = QPointF(field.rect().center())
            QApplication.sendEvent(
                field,
                QWheelEvent(
                    point,
                    field.mapToGlobal(point),
                    QPoint(),
                    QPoint(0, 120),
                    Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier,
                    Qt.ScrollPhase.NoScrollPhase,
                    False,
                ),
            )

    QTimer.singleShot(100, user_input)
    with qtbot.waitSignal(lock.timed_out, timeout=5000):
        pass
    assert len(when) == 1
    # A full interval after the input, not after the start (which would be ~500 < 105 + 450);
    # Qt's coarse timers may fire up to 5 % early, hence 450 rather than 500.
    assert clock.elapsed() >= when[0] + 450


def test_input_while_locked_starts_nothing(qtbot, lock, field):
    lock.set_interval_ms(50)
    lock.start()
    lock.stop()
    qtbot.keyClick(field, Qt.Key.Key_A)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert not lock.is_running()
    with qtbot.assertNotEmitted(lock.timed_out, wait=150):
        pass


def test_zero_minutes_never_fires(qtbot, lock, field):
    lock.set_interval_ms(50)
    lock.start()
    assert lock.is_running()
    lock.set_minutes(0)
    assert not lock.is_running()
    qtbot.keyClick(field, Qt.Key.Key_A)  # input does not start it either
    assert not lock.is_running()
    with qtbot.assertNotEmitted(lock.timed_out, wait=200):
        pass


def test_waits_while_background_work_runs(qtbot, lock, monkeypatch):
    checks: list[bool] = []
    real_busy = workers.busy

    def counting_busy() -> bool:
        checks.append(real_busy())
        return checks[-1]

    monkeypatch.setattr(workers, "busy", counting_busy)
    release = threading.Event()
    task = workers.Task(lambda: release.wait(10))
    fired: list[bool] = []
    lock.timed_out.connect(lambda: fired.append(real_busy()))
    try:
        with qtbot.waitSignal(task.finished, timeout=10_000):
            task.start()
            assert real_busy()
            lock.start()
            lock.set_interval_ms(30)
            # Expired, found work running, looked again soon (not minutes later), twice.
            qtbot.waitUntil(lambda: checks.count(True) >= 3, timeout=2000)
            assert fired == [] and lock.is_running()
            release.set()
    finally:
        release.set()
    qtbot.waitUntil(lambda: fired == [False], timeout=5000)  # locks once the work is over


def test_idle_time_locks_the_real_window(qtbot, controller):
    window = controller.window
    assert window.journal is not None and controller.idle.is_running()
    assert controller.idle.interval_ms == 10 * 60_000  # the default preference
    with qtbot.waitSignal(window.locked, timeout=5000):
        controller.idle.set_interval_ms(100)
    assert window.journal is None and db.DB.obj is None
    assert window.central.currentWidget() is window.locked_page
    assert not controller.idle.is_running()  # locked: nothing more to lock
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert not controller.idle.is_running()  # and input while locked starts no count
    qtbot.waitUntil(lambda: len(controller.unlock_calls) == 1)  # the unlock dialog was asked for
