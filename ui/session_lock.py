"""Lock the journal when the desktop session locks or the computer goes to sleep.

``SessionWatcher`` emits ``lock_requested(reason)``; the controller connects it
to ``MainWindow.lock``, as it does the idle timer and Ctrl+L.

Linux and the BSDs (D-Bus, ``PySide6.QtDBus``):

- the screen locker: ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` (KDE, Xfce,
  LXQt, MATE, Cinnamon and others) and ``org.gnome.ScreenSaver.ActiveChanged(true)``
  (GNOME), on the session bus;
- sleep and hibernation: logind's ``org.freedesktop.login1.Manager.PrepareForSleep(true)``
  on the system bus. While a journal is open the watcher holds a logind "delay"
  inhibitor, so the lock happens before the computer sleeps (and before a hibernation
  image is written); it lets go once the journal is locked.

A bus that cannot be reached (a container, a session without D-Bus) is skipped and
the log says so; nothing else changes.

Windows: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (after
``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST`` with
``PBT_APMSUSPEND``, read by a native event filter. Not exercised on Windows by the
test suite here (the filter itself is tested with hand-made messages).

macOS: NSWorkspace's screen-sleep and session notifications need PyObjC, which the
app does not depend on: not covered yet; the idle lock and Ctrl+L still work.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)

#: (service, path, interface, signal): the screen lockers' "the screen is now locked/unlocked".
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "", "org.gnome.ScreenSaver", "ActiveChanged"),
)
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"

INHIBIT_TIMEOUT_MS = 2000

SCREEN_LOCKED = "screen locked"
SLEEPING = "going to sleep"


def _bus(kind: str):
    """The session or system bus, or None when it cannot be reached."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt build without D-Bus (Windows, macOS)
        return None
    if kind == "system":
        bus = QDBusConnection.systemBus()
    else:
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not (
            runtime and os.path.exists(os.path.join(runtime, "bus"))
        ):
            return None  # no session bus to find (and none to start: no autolaunch)
        bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


class SessionWatcher(QObject):
    """Tells when the session locks or the computer sleeps: ``lock_requested(reason)``.

    ``session_bus`` and ``system_bus`` default to the real ones (tests pass a private
    bus for both); ``listening`` names what is watched.
    """

    lock_requested = Signal(str)

    def __init__(
        self,
        session_bus=None,
        system_bus=None,
        parent: QObject | None = None,
        *,
        use_real_buses: bool = True,
    ) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        self._system = system_bus
        self._inhibitor = None  # the open file descriptor logind gave us, while armed
        self._armed = False
        self._native: _WindowsSessionFilter | None = None
        if sys.platform.startswith("win"):
            self._watch_windows()
            return
        if session_bus is None and use_real_buses:
            session_bus = _bus("session")
        if system_bus is None and use_real_buses:
            self._system = _bus("system")
        self._watch_screensavers(session_bus)
        self._watch_sleep(self._system)

    # -- D-Bus -----------------------------------------------------------------

    def _watch_screensavers(self, bus) -> None:
        if bus is None:
            log.info("no session bus: not listening for the screen locking")
            return
        for service, path, interface, name in SCREENSAVERS:
            if bus.connect(service, path, interface, name, self, SLOT("_screensaver(bool)")):
                self.listening.append(f"{interface}.{name}")
            else:
                log.info("cannot listen for %s.%s", interface, name)

    def _watch_sleep(self, bus) -> None:
        if bus is None:
            log.info("no system bus: not listening for sleep (the idle lock still works)")
            return
        if bus.connect(
            LOGIND, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", self, SLOT("_sleep(bool)")
        ):
            self.listening.append(f"{LOGIND_MANAGER}.PrepareForSleep")
        else:
            log.info("cannot listen for logind's PrepareForSleep")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            log.info("the screen locked; locking the journal")
            self.lock_requested.emit(SCREEN_LOCKED)

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            log.info("the computer is going to sleep; locking the journal")
            self.lock_requested.emit(SLEEPING)
            self.disarm()  # locked (the handlers ran): sleep may go on
        elif self._armed:
            self._take_inhibitor()  # woken up with a journal still open (the lock was refused)

    # -- the sleep delay -----------------------------------------------------------

    def arm(self) -> None:
        """A journal is open: ask logind to wait for the lock before sleeping."""
        self._armed = True
        self._take_inhibitor()

    def disarm(self) -> None:
        """The journal is locked: nothing to wait for."""
        self._armed = False
        inhibitor, self._inhibitor = self._inhibitor, None
        if inhibitor is not None:
            try:
                os.close(inhibitor)
            except OSError:
                pass

    @property
    def holds_inhibitor(self) -> bool:
        return self._inhibitor is not None

    def _take_inhibitor(self) -> None:
        if self._inhibitor is not None or self._system is None:
            return
        try:
            from PySide6.QtDBus import QDBus, QDBusMessage
        except ImportError:
            return
        call = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, LOGIND_MANAGER, "Inhibit")
        call.setArguments(
            [
                "sleep",
                "MentorJournal",
                QCoreApplication.translate(
                    "SessionWatcher", "Locking the journal before the computer sleeps"
                ),
                "delay",
            ]
        )
        reply = self._system.call(call, QDBus.CallMode.Block, INHIBIT_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("no sleep delay from logind (%s)", reply.errorName() or "no reply")
            return
        handle = reply.arguments()[0]
        fd = handle.takeFileDescriptor() if hasattr(handle, "takeFileDescriptor") else -1
        if fd < 0:
            log.info("logind's sleep delay came without a file descriptor")
            return
        self._inhibitor = fd  # ours now: closing it lets the computer sleep
        log.info("sleep waits for the lock (logind delay inhibitor)")

    # -- Windows -----------------------------------------------------------------

    def _watch_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._native = _WindowsSessionFilter(self.lock_requested.emit)
        app.installNativeEventFilter(self._native)
        self.listening.append("WM_POWERBROADCAST")
        if self._native.register_session_notifications():
            self.listening.append("WM_WTSSESSION_CHANGE")

    def detach(self) -> None:
        self.disarm()
        app = QCoreApplication.instance()
        if self._native is not None and app is not None:
            app.removeNativeEventFilter(self._native)
            self._native.unregister()
            self._native = None


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0


class _MSG(ctypes.Structure):
    """Windows' MSG, as the native event filter receives it."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_ulong),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    ]


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads session-lock and suspend messages from the Windows message loop."""

    def __init__(self, notify) -> None:
        super().__init__()
        self._notify = notify
        self._hwnd: int | None = None

    def register_session_notifications(self) -> bool:
        """Ask for WM_WTSSESSION_CHANGE on a window of ours (a hidden helper window)."""
        try:
            from PySide6.QtWidgets import QWidget

            helper = QWidget()
            helper.setObjectName("sessionNotifications")
            self._helper = helper
            hwnd = int(helper.winId())
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            if not wtsapi.WTSRegisterSessionNotification(
                ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION
            ):
                log.info("WTSRegisterSessionNotification failed")
                return False
            self._hwnd = hwnd
            return True
        except (OSError, AttributeError):
            log.info("no session notifications on this system")
            return False

    def unregister(self) -> None:
        if self._hwnd is None:
            return
        try:
            ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(  # type: ignore[attr-defined]
                ctypes.c_void_p(self._hwnd)
            )
        except (OSError, AttributeError):
            pass
        self._hwnd = None

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int) -> object:  # Qt
        if bytes(event_type) != b"windows_generic_MSG" or not message:
            return False, 0
        msg = _MSG.from_address(int(message))
        if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
            log.info("the session locked; locking the journal")
            self._notify(SCREEN_LOCKED)
        elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
            log.info("the computer is going to sleep; locking the journal")
            self._notify(SLEEPING)
        return False, 0
