"""A stand-in for the desktop's screen locker and for logind, on a private D-Bus.

    python -m tests.ui.dbus_standin ADDRESS

Owns ``org.freedesktop.ScreenSaver``, ``org.gnome.ScreenSaver`` and
``org.freedesktop.login1`` on the bus at ADDRESS and emits their real signals
when told on stdin, one command a line:

    screensaver true|false   org.freedesktop.ScreenSaver.ActiveChanged(b)
    gnome true|false         org.gnome.ScreenSaver.ActiveChanged(b)
    sleep true|false         org.freedesktop.login1.Manager.PrepareForSleep(b)
    quit

``org.freedesktop.login1.Manager.Inhibit(ssss)`` answers with a pipe's write
end, as logind does. Events are printed on stdout: ``ready``, ``inhibit WHAT
MODE``, ``released`` (every copy of an inhibitor's descriptor was closed),
``sent NAME``.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusUnixFileDescriptor,
    QDBusVirtualObject,
)

SIGNALS = {
    "screensaver": ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    "gnome": ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
    "sleep": ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
}


def say(text: str) -> None:
    print(text, flush=True)


def watch_release(read_end: int) -> None:
    """Prints ``released`` once nobody holds the pipe's write end any more."""
    while os.read(read_end, 1):
        pass
    os.close(read_end)
    say("released")


class Login(QDBusVirtualObject):
    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() != "Inhibit":
            connection.send(
                message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod", "")
            )
            return True
        what, _who, _why, mode = message.arguments()
        read_end, write_end = os.pipe()
        reply = message.createReply()
        reply.setArguments([QDBusUnixFileDescriptor(write_end)])  # 'h': a Unix descriptor
        os.close(write_end)  # QDBusUnixFileDescriptor keeps its own copy until sent
        connection.send(reply)
        del reply
        threading.Thread(target=watch_release, args=(read_end,), daemon=True).start()
        say(f"inhibit {what} {mode}")
        return True


class Commands(QObject):
    line = Signal(str)


def main(address: str) -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "standin")
    if not bus.isConnected():
        say("no bus")
        return 1
    for name in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.freedesktop.login1"):
        if not bus.registerService(name):
            say(f"name taken: {name}")
            return 1
    login = Login()
    bus.registerVirtualObject("/org/freedesktop/login1", login)
    commands = Commands()

    def run(line: str) -> None:
        parts = line.split()
        if not parts:
            return
        if parts[0] == "quit":
            app.quit()
            return
        path, interface, name = SIGNALS[parts[0]]
        signal = QDBusMessage.createSignal(path, interface, name)
        signal.setArguments([parts[1] == "true"])
        bus.send(signal)
        say(f"sent {interface}.{name}")

    commands.line.connect(run)

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.line.emit(line.strip())
        commands.line.emit("quit")

    threading.Thread(target=read_stdin, daemon=True).start()
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
