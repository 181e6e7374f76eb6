"""The HTML page's layout, measured from its markup (no browser here): every table scrolls in its
own box, and no two labels of a chart overlap or leave the chart.

A label's box is estimated from its `<text>` element. Chart text is monospace, whose advance is
0.6 em in the common fonts (DejaVu Sans Mono, Liberation Mono, Courier New, bold alike); hinted
text rounds it to whole pixels (cairo draws DejaVu Sans Mono at 11 px 7 px a character, 0.636 em),
so 0.65 em per character (twice that for an East Asian wide one) is a width the glyphs never
exceed from 10 px up. The box reaches one font size above the baseline (ascenders, accents) and
0.3 below it (descenders). Without a font-size a text gets the browser's default, 16 px.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sample_records import MANIFEST, RECORDS

from pytest_apiedit.reporting import build_report, load_report
from pytest_apiedit.reporting.render import html
from pytest_apiedit.reporting.svg import bar_chart

GRACE = Path(__file__).parent.parent / "reports" / "grace" / "report.json.gz"
EM_PER_CHAR, ABOVE, BELOW, DEFAULT_SIZE = 0.65, 1.0, 0.3, 16.0


@dataclass(frozen=True)
class Box:
    text: str
    left: float
    top: float
    right: float
    bottom: float

    def meets(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


@dataclass
class Chart:
    width: float
    height: float
    labels: list[Box]


Element = tuple[str, dict[str, str]]


class Page(HTMLParser):
    """The page's style sheet, the open elements above each table, and each chart's labels."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.style = ""
        self.open: list[Element] = []
        self.above_tables: list[list[Element]] = []
        self.charts: list[Chart] = []
        self.label: tuple[dict[str, str], list[str]] | None = None  # a text's attributes, words
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {k: v or "" for k, v in attrs}
        if tag == "table":
            self.above_tables.append(list(self.open))
        elif tag == "svg":
            self.charts.append(Chart(float(named["width"]), float(named["height"]), []))
        elif tag == "text":
            self.label = (named, [])
        self.open.append((tag, named))

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop()[0] != tag:
            pass
        if tag == "text" and self.label is not None:
            self.charts[-1].labels.append(box(self.label[0], "".join(self.label[1])))
            self.label = None

    def handle_data(self, data: str) -> None:
        if self.label is not None:
            self.label[1].append(data)
        elif self.open and self.open[-1][0] == "style":
            self.style += data


def box(attrs: dict[str, str], text: str) -> Box:
    size = float(attrs.get("font-size", DEFAULT_SIZE))
    cells = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    width, x, y = cells * EM_PER_CHAR * size, float(attrs["x"]), float(attrs["y"])
    left = {"start": x, "middle": x - width / 2, "end": x - width}[
        attrs.get("text-anchor", "start")
    ]
    return Box(text, left, y - ABOVE * size, left + width, y + BELOW * size)


def overlaps(chart: Chart) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in combinations(chart.labels, 2) if a.meets(b)]


def outside(chart: Chart) -> list[str]:
    return [
        b.text
        for b in chart.labels
        if b.left < 0 or b.top < 0 or b.right > chart.width or b.bottom > chart.height
    ]


def scrolling_classes(style: str) -> set[str]:
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", style)
    return {
        name
        for selectors, body in rules
        if re.search(r"overflow-x\s*:\s*auto", body)
        for name in re.findall(r"^\s*\.([\w-]+)\s*$", selectors.replace(",", "\n"), re.M)
    }


def scrolls(element: Element, classes: set[str]) -> bool:
    attrs = element[1]
    inline = re.search(r"overflow-x\s*:\s*auto", attrs.get("style", ""))
    return bool(inline) or bool(classes & set(attrs.get("class", "").split()))


PAGES = {
    "grace": lambda: html(load_report(GRACE).rebuilt()),
    "sample": lambda: html(build_report(MANIFEST, RECORDS, MANIFEST["pass_k"])),
}


def test_every_table_of_the_page_scrolls_inside_its_own_box() -> None:
    for name, render in PAGES.items():
        page = Page(render())
        classes = scrolling_classes(page.style)
        assert page.above_tables, name
        for above in page.above_tables:
            assert any(scrolls(element, classes) for element in above), (name, above)


def test_no_two_labels_of_a_chart_of_the_page_overlap() -> None:
    for name, render in PAGES.items():
        charts = Page(render()).charts
        assert len(charts) >= 6, name
        for chart in charts:
            assert len(chart.labels) >= 3
            assert (overlaps(chart), outside(chart)) == ([], []), name


LABEL = st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=60)


@given(
    groups=st.lists(LABEL, min_size=1, max_size=40),
    names=st.lists(LABEL, min_size=1, max_size=7, unique=True),
    data=st.data(),
    stacked=st.booleans(),
    percent=st.booleans(),
)
def test_no_two_labels_of_any_bar_chart_overlap(
    groups: list[str], names: list[str], data: st.DataObject, stacked: bool, percent: bool
) -> None:
    values = st.lists(st.floats(-1e6, 1e6), min_size=len(groups), max_size=len(groups))
    series = {name: data.draw(values) for name in names}
    [chart] = Page(
        bar_chart(data.draw(LABEL), groups, series, stacked=stacked, percent=percent)
    ).charts
    assert (overlaps(chart), outside(chart)) == ([], [])
