"""The year of a bare month-day ("On July 1 ..."), or none (issue 16).

A month-day written without its year is read, in this order:

1. **the same day written with its year** elsewhere in the document ("On July
   5, 2016, X held a press conference ... the remarks he made on July 5"): the
   writer gave the year at one mention and dropped it at the others.  Only
   when no other cue disagrees: the same day of another year may be a
   coincidence ("a July 1, 2012, email", then "On July 1, amid ..." in a
   story of 2016);
2. **the frame before it in its paragraph**: the year of the nearest explicit
   date before it, when that date is in the same sentence or opens its own
   ("In 2016, the party split. On July 1 the leader quit."), not when it sits
   in a clause of another sentence ("X, the group's funder in 2013, was there.
   Last Tuesday (Sept. 24), ..." in a page of 2019);
   "Of that year" / "of the same year" after the day points at the last year
   named, in any paragraph ("In 1981 ... On June 28 of the same year, ...");
3. in a document with no publication date, **a dated expression bound to it**
   by a conjunction or a range word ("on March 3 and April 5, 2015", "from
   July 9 to July 12, 2015").  A year merely later in the paragraph is no
   evidence: "the trip, which began on January 12, was his first since May
   2016" began in 2017.  Else, under a dated quotation credit ('"Title," by
   NAME, OUTLET, October 23, 2018:'), the reading nearest the credit's date:
   the excerpt under it is of that date.  With none of these the date stays
   unresolved (DESIGN.md: a wrong year is worse than none);
4. with a publication date, **the nearest reading around it**
   (:func:`~.expressions.md_year`), unless that reading is more than
   :data:`NEAR_DAYS` from the publication date and the document's narrative
   has moved to another year: the nearest explicit date before the month-day,
   in any paragraph, names a different year.  Then the date stays unresolved.
   News prints the year of any day outside the current stretch, so a far bare
   month-day belongs to the story's frame, which is only a guess to resolve:
   a January 2018 retrospective of 2016 ("In April 2016 ... On June 27, X met
   ...") read eight such days as 2017 before issue 16.

A weekday written with the day ("Monday, Jan. 22") is a cue of its own: a
reading that makes the day that weekday is kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import TimeExpression
from .anchoring import Anchor
from .lexicon import MONTHS, WEEKDAYS
from .patterns import TIME_RE

__all__ = [
    "EXCERPT_REACH_CHARS",
    "NEAR_DAYS",
    "PARAGRAPH_REACH_CHARS",
    "resolve_month_days",
    "weekday_of",
]

#: How far (characters) a bare month-day looks for the year of its paragraph: scraped
#: pages often hold a whole article on one line, so the line alone is no paragraph.
PARAGRAPH_REACH_CHARS = 600
#: A reading from the publication date this close to it is kept whatever the narrative's
#: year (news of the last weeks: "Jan. 19" in an article of 2018-01-09).
NEAR_DAYS = 92
# "the 2015 deal", "his March 2016 report": a year that names a thing, not a frame of time
_PREMODIFIER = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|[\w-]+['’]s)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
# a full stop (not of "U.S." or "Sept."), then a capital: an approximate sentence end
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"’])[.!?][”\"’)]?\s+(?=[A-Z“\"‘])|\n")
# the words a time frame opens its sentence with: "In", "On", "In early", "Back in", "Then,"
_FRAME_HEAD = re.compile(
    r"\W*(?:(?i:and|but|so|then|back|by|in|on|at|during|since|from|early|late|mid|around|"
    r"about|until|the|of|end|start|beginning|middle)[\s,-]+){0,4}"
)
_THAT_YEAR = re.compile(r",?\s+of\s+(?:that|the\s+same)\s+year\b", re.I)
# "March 3 and April 5, 2015", "July 9 to July 12, 2015", "June 2 or June 3, 2014"
_BOUND_AFTER = re.compile(r",?\s*(?:and|or|to|through|till|until|[-–])\s+(?:on\s+)?")


def weekday_of(written: str) -> int | None:
    """The weekday written before a date ("Monday, Jan. 22" -> 0), or ``None``."""
    first = written.split(maxsplit=1)[0].rstrip(",").lower() if written.strip() else ""
    return WEEKDAYS.get(first) if first.endswith("day") else None


def _month_day(text: str, t: TimeExpression) -> tuple[int, int] | None:
    m = TIME_RE.fullmatch(text, t.start, t.end)
    if m is None or m.group("k_md") is None:
        return None
    month = MONTHS[(m["md_m"] or m["md_m2"]).rstrip(".").lower()]
    return month, int(re.sub(r"\D", "", m["md_d"] or m["md_d2"]))


def _in_year(t: TimeExpression, md: tuple[int, int], year: int) -> TimeExpression | None:
    """``t`` read in ``year``; ``None`` when that is no date or not the weekday written."""
    try:
        day = dt.date(year, *md)
    except ValueError:
        return None
    weekday = weekday_of(t.text)
    if weekday is not None and day.weekday() != weekday:
        return None  # "Monday, Jan. 22" is no Monday in that year
    return dataclasses.replace(t, value=day.isoformat(), precision="day", kind="relative",
                               anchored=False)  # fmt: skip


def _year_source(text: str, t: TimeExpression) -> bool:
    """``t`` states a year outright and frames time ("In 2016,", "on June 30, 2016")."""
    if t.kind != "absolute" or not t.value or t.precision not in ("day", "month", "year", "season"):
        return False
    before = text[max(0, t.start - 30) : t.start]
    return not (_PREMODIFIER.search(before) and _WORD_AFTER.match(text, t.end))


def _year(t: TimeExpression) -> int:
    assert t.value is not None
    return int(t.value[:4])


def _sentence_start(text: str, at: int, lo: int) -> int:
    """Where the sentence holding ``text[at]`` starts (not before ``lo``), approximately."""
    found = lo
    for m in _SENTENCE_END.finditer(text, lo, at):
        found = m.end()
    return found


def _paragraph_year(text: str, t: TimeExpression, sources: list[TimeExpression]) -> int | None:
    """The year of the explicit date nearest before ``t`` in its paragraph, if it frames ``t``.

    It frames ``t`` in ``t``'s own sentence ("left on July 1, 2015 and came back on July
    9"), or when it opens its sentence ("In 2016, the party split. On July 1 ...").  A
    year inside a clause of an earlier sentence frames nothing: "X, who funded the group
    in 2013, was there. Last Tuesday (Sept. 24), ..." is no 2013.
    """
    lo = max(text.rfind("\n", 0, t.start) + 1, t.start - PARAGRAPH_REACH_CHARS)
    found = [s for s in sources if lo <= s.start and s.end <= t.start]
    if not found:
        return None
    near = found[-1]
    starts = _sentence_start(text, near.start, lo)
    if starts == _sentence_start(text, t.start, lo) or _FRAME_HEAD.fullmatch(
        text, starts, near.start
    ):
        return _year(near)
    return None


def _bound_year(text: str, t: TimeExpression, sources: list[TimeExpression]) -> int | None:
    """The year of a day- or month-precise date joined to ``t`` by "and", "to", "-" ..."""
    nxt = next((s for s in sources if s.start >= t.end), None)
    if nxt is None or nxt.precision not in ("day", "month"):
        return None
    if _BOUND_AFTER.fullmatch(text, t.end, nxt.start) is None:
        return None
    return _year(nxt)


# '"Some Title," by Ana Holm, Valley Wire, October 23, 2018:' alone on its line: the
# credit of the excerpt under it, dated (issue 16: a blog's quoted article, read in
# ../shared/data/ptc-*)
_CREDIT_LINE = re.compile(
    r"^[“\"‘].{5,250}?[,.]?[”\"’]+,? by [^\n]{2,120}?, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"(?: \([^()\n]{1,60}\))?\s*:\s*$",
    re.M,
)
#: How far (characters) an excerpt runs under its dated credit line.
EXCERPT_REACH_CHARS = 4000


def _credit_year(
    text: str, t: TimeExpression, md: tuple[int, int], out: list[TimeExpression]
) -> int | None:
    """The year of ``t`` read near the date of the quotation credit it sits under.

    In an undated page that excerpts a dated article ('"Title," by NAME, OUTLET,
    October 23, 2018:'), the excerpt's bare month-days are the excerpt's: "an
    order issued on Oct. 18" is 2018-10-18.  Only the last credit line before
    ``t``, at most :data:`EXCERPT_REACH_CHARS` before it.
    """
    lo = max(0, t.start - EXCERPT_REACH_CHARS)
    credit = None
    for m in _CREDIT_LINE.finditer(text, lo, t.start):
        credit = m
    if credit is None:
        return None
    dated = next((x for x in out if x.kind == "absolute" and x.precision == "day" and x.value
                  and credit.start("date") <= x.start < credit.end("date")), None)  # fmt: skip
    if dated is None or dated.value is None:
        return None
    day = dt.date.fromisoformat(dated.value)
    best: tuple[int, int] | None = None
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            gap = abs((dt.date(year, *md) - day).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best is not None else None


def _narrative_year(t: TimeExpression, sources: list[TimeExpression]) -> int | None:
    """The year of the nearest explicit date before ``t`` anywhere in the document."""
    found = [s for s in sources if s.end <= t.start]
    return _year(found[-1]) if found else None


def _far(anchor: Anchor, value: str) -> bool:
    """The reading ``value`` (YYYY-MM-DD) lies more than NEAR_DAYS from the anchor."""
    day = dt.date.fromisoformat(value)
    if anchor.day is not None:
        return abs((day - anchor.date).days) > NEAR_DAYS
    assert anchor.month is not None
    months = abs((day.year * 12 + day.month) - (anchor.year * 12 + anchor.month))
    return months > NEAR_DAYS // 30


def _story_elsewhere(t: TimeExpression, story: int | None, anchor: Anchor | None) -> bool:
    """The publication date's reading of ``t`` is far from it, and the story is in another year."""
    if t.value is None or anchor is None or story is None or weekday_of(t.text) is not None:
        return False
    return story != _year(t) and _far(anchor, t.value)


def _written_years(out: list[TimeExpression]) -> dict[tuple[int, int], set[int]]:
    """(month, day) -> the years it is written with in the document."""
    got: dict[tuple[int, int], set[int]] = {}
    for t in out:
        if t.kind == "absolute" and t.precision == "day" and t.value:
            y, m, d = (int(p) for p in t.value.split("-"))
            got.setdefault((m, d), set()).add(y)
    return got


def resolve_month_days(
    text: str, out: list[TimeExpression], month_days: list[int], anchor: Anchor | None
) -> None:
    """Give each bare month-day ``out[i]`` (``i`` in ``month_days``) its year, in place.

    ``out[i].value`` holds the reading from the publication date, or ``None``.
    """
    sources = [t for t in out if _year_source(text, t)]
    written = _written_years(out)
    for i in month_days:
        t = out[i]
        md = _month_day(text, t)
        if md is None:
            continue
        years = written.get(md, set())
        same = next(iter(years)) if len(years) == 1 else None
        story = _narrative_year(t, sources)
        # "On June 28 of the same year", "December 17 of that year": the year is the last one
        # named, wherever it was
        frame = story if _THAT_YEAR.match(text, t.end) else _paragraph_year(text, t, sources)
        if same is not None and {frame, story} - {None, same}:
            # "a July 1, 2012, email ... In April 2016, ... On July 1, X said": the cues
            # disagree, and either may be the coincidence
            out[i] = dataclasses.replace(t, value=None, anchored=False)
            continue
        year = same if same is not None else frame
        if year is None and t.value is None:
            year = _bound_year(text, t, sources) or _credit_year(text, t, md, out)
        fixed = _in_year(t, md, year) if year is not None else None
        if fixed is not None:
            out[i] = fixed
        elif _story_elsewhere(t, story, anchor):
            out[i] = dataclasses.replace(t, value=None, anchored=False)
