"""Chart painters in QtGui only: the Insights screen, its PNGs and the PDF report draw with them.

Every chart takes plain data (``analytics``' numbers), lays itself out in a
rectangle and paints with ``paint(painter, rect, theme)`` onto any
``QPainter`` (a widget, a ``QImage``, a ``QPdfWriter``). After a paint,
``hit(pos)`` finds what lies under a position (for tooltips and clicks) and
``stops()`` lists the points a keyboard can step through. Nothing here
imports QtWidgets (import-linter checks it), so the command line renders the
report headless.
"""
