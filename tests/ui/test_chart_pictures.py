"""ChartView keeps its painted picture while the data is the same, paints new data,
shows a recent picture again with the layout it was painted with, and forgets them all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF

from mentorjournal.charts.ticks import day_x
from mentorjournal.charts.time_chart import Series, TimeChart
from ui.insights.chart_view import ChartView, data_signature

START = dt.date(2026, 1, 1)


def show(view: ChartView, end: dt.date, values: list[float]) -> None:
    """What a panel does on a refresh: new chart data (new lambdas), then refresh()."""
    chart = view.chart
    assert isinstance(chart, TimeChart)
    days = [START + dt.timedelta(days=i) for i in range(len(values))]
    chart.series = [
        Series(
            "mood", "confidence", "points", [day_x(d) for d in days], values, tip=lambda i: f"{i}"
        )
    ]
    chart.set_range(START, end)
    view.refresh()


def drawn(view: ChartView, qtbot) -> int:
    view.grab()
    return view.painted


def test_the_same_data_keeps_the_picture_and_new_data_paints(qtbot):
    view = ChartView(TimeChart(), "Mood")
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    show(view, dt.date(2026, 1, 31), [3.0, 5.0, 7.0])
    first = drawn(view, qtbot)
    show(view, dt.date(2026, 1, 31), [3.0, 5.0, 7.0])  # a warm refresh: nothing new
    assert drawn(view, qtbot) == first
    show(view, dt.date(2026, 1, 31), [3.0, 5.0, 8.0])  # one value changed
    assert drawn(view, qtbot) == first + 1


def test_a_recent_range_comes_back_with_its_layout(qtbot):
    view = ChartView(TimeChart(), "Mood")
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    values = [3.0, 5.0, 7.0]
    show(view, dt.date(2026, 1, 10), values)
    drawn(view, qtbot)
    near = view.chart.map(day_x(START + dt.timedelta(days=2)), 7.0)  # the third point
    assert view.hit(near) is not None
    show(view, dt.date(2026, 12, 31), values)  # a year: the point moves left
    count = drawn(view, qtbot)
    assert view.chart.map(day_x(START + dt.timedelta(days=2)), 7.0).x() < near.x() - 20
    show(view, dt.date(2026, 1, 10), values)  # back to ten days: no paint
    assert drawn(view, qtbot) == count
    hit = view.hit(QPointF(near))  # hit-testing follows the picture shown
    assert hit is not None and hit.tip == "2"
    view.forget()
    assert drawn(view, qtbot) == count + 1  # forgotten (locked): painted again


def test_signature_ignores_functions_and_sees_values():
    one, two = TimeChart(), TimeChart()
    for chart, tip in ((one, lambda i: "a"), (two, lambda i: "b")):
        chart.series = [Series("s", "confidence", "points", [1.0], [2.0], tip=tip)]
    assert data_signature(one) == data_signature(two)
    two.series[0].ys = [3.0]
    assert data_signature(one) != data_signature(two)


def test_kept_pictures_stay_within_their_budget_and_the_shown_one_stays(qtbot, monkeypatch):
    from ui.insights import chart_view

    view = ChartView(TimeChart(), "Mood")
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    one = 600 * 300 * 4 * round(view.devicePixelRatioF()) ** 2  # bytes of one picture
    monkeypatch.setattr(chart_view, "RECENT_BYTES", 2 * one)  # room for two
    ends = [dt.date(2026, 1, 10 + i) for i in range(4)]  # four "ranges"
    for end in ends:
        show(view, end, [3.0, 5.0, 7.0])
        drawn(view, qtbot)
    assert view.recent_bytes() <= 2 * one
    count = view.painted
    show(view, ends[-1], [3.0, 5.0, 7.0])  # the range shown: no paint
    assert drawn(view, qtbot) == count
    show(view, ends[-2], [3.0, 5.0, 7.0])  # the one before: still kept
    assert drawn(view, qtbot) == count
    show(view, ends[0], [3.0, 5.0, 7.0])  # the oldest went past the budget: painted again
    assert drawn(view, qtbot) == count + 1
    monkeypatch.setattr(chart_view, "RECENT_BYTES", 1)  # a picture larger than any budget
    show(view, dt.date(2026, 3, 1), [3.0, 5.0, 7.0])
    drawn(view, qtbot)
    assert len(view._recent) == 1  # the shown one is kept all the same
    show(view, dt.date(2026, 3, 1), [3.0, 5.0, 7.0])
    assert drawn(view, qtbot) == count + 2
