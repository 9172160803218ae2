"""Find and normalise temporal expressions in a clean text.

:func:`extract_times` scans the text once with :data:`~.patterns.TIME_RE` and
turns each match into a :class:`~newsdossier.model.TimeExpression`:

- absolute forms get their value from the text alone ("14 March 2011" ->
  2011-03-14, day; "the late 1960s" -> 1960, decade, mod "late");
- relative forms ("last November", "three years ago", "Monday") are anchored
  to the document's publication date only; with no anchor, or one too coarse
  for the question, ``value`` stays ``None`` and the text is kept;
- forms anchored to another date in the text ("three years later", "the
  following year") stay unresolved: a wrong year is worse than none;
- durations ("six years") get an ISO 8601 ``duration`` and no value;
- a bare month-day ("On July 1 ...") takes its year from the same day written
  with its year, the explicit year before it in its paragraph, or the
  publication date, and stays unresolved where these disagree or are missing
  (:mod:`.monthdays`); a year from the text gives ``kind="relative"`` and
  ``anchored=False``;
- nothing is read inside a URL, a hashtag or a document symbol
  ("http://example.com/2013/06/09/...", "S/2018/1234").

Values: "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Www" (ISO week); a decade or a
century is written as its first year.  Ranges have ``precision="range"``,
``value`` = first and ``end_value`` = last value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ...model import PublishedDate, TimeExpression
from .anchoring import Anchor, iso_day, iso_month, iso_week, make_anchor, shift_month
from .coordinated import join_coordinated
from .daypairs import join_day_pairs
from .excerpts import earlier_excerpts
from .lexicon import MONTHS, NUMBERS, ORDINALS, WEEKDAYS
from .monthdays import resolve_month_days, weekday_of
from .patterns import KINDS, TIME_RE
from .posts import PostAnchors

__all__ = ["ANALYZER", "VERSION", "extract_times"]

ANALYZER = "newsdossier.time"
# 2: month-day years from the paragraph; no dates inside URLs, hashtags or symbols (issue 16)
# 3: month-days: the same day written with its year; unresolved when the publication date's
# reading is far and the story is in another year, or when only a later year is near (issue 16)
# 4: a paragraph's year frames a month-day only from its sentence or an opening frame
# 6: "the 1700s", "the late 1800s": a "00s" of a past century is the century (issue 16)
# 7: each post of a multi-post page anchors its own relative dates (posts.py); "Jan. 17 and
# 18" is a two-day range (daypairs.py) (issue 16); 8: "January 15 through 18, 2018" and "the
# period of 1999 to 2001" are ranges; 9: a paragraph quoted from an earlier report ("X
# reported at the time:") leaves its relative dates unresolved (excerpts.py, issue 16); 10:
# "in 2014 and 2015", "the 1960s and 1970s", "from the 1980s to the 2000s" are one range
# (coordinated.py, issue 16); a reprint's relative dates count from the date in its credit
# line's URL (reposts.py, the analyzer's anchor); 11: "last November" on a December page
# whose sentence names only the year before is that year's November (issue 16); 12: "the
# coming fall" in September is this fall; a year inside a code ("BB/MA 2018 AL 17") is none
# 13: "from 1986 to March 1991" (a year, then a month of a later year) is one range
# 14: "is planning a test to coincide with X's visit Tuesday": a plan in the present and
# what it is timed to coincide with point forward (issue 16, seed 421)
VERSION = "14"

# "will meet on Monday", "elections due in November": the expression points forward.
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|was\s+to|to\s+be\s+held|scheduled|planned|plans?\s+to|"
    r"due|expected\s+to|going\s+to|would)\b[^.;:!?]*$"
)
_FUTURE_WINDOW = 60
# ... and further back, a plan in the present and what it is timed to coincide with ("is
# planning a test to coincide with the envoy's visit to Kessa Tuesday")
_FUTURE_FAR = re.compile(r"\b(?:(?:is|are|am)\s+planning|coincide\s+with)\b[^.;:!?]*$")
_FUTURE_FAR_WINDOW = 120
# A bare month name is a date only after one of these words ("in November").
_MONTH_PREP = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|during|of|through|before|after|between|and|or|"
    r"on|last|next|this|early|late|mid|end)[\s-]+)$",
    re.IGNORECASE,
)
# "Resolution 2231", "No. 1984", "flight 1989" are numbers, not years.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:resolution|no\.?|number|article|paragraph|flight|route|room|page|code|law|"
    r"decree|bill|item|model|unit|kilometers?|km|meters?|feet|miles?|rial|rials|dollars?|"
    r"euros?|tomans?|about|some|over|nearly|than|around|almost|sections?|articles?)\s*|[#№$£€]\s*"
    # "sections 2003 and 2004", "articles 1998, 1999": a list of numbers
    r"|\b(?:sections?|articles?|paragraphs?|resolutions?|nos?\.?)\s+\d+\s*(?:,|and|or|&)\s*)$",
    re.IGNORECASE,
)
# "2000 people", "1500 troops": a count, unless a preposition or "the" says year
# ("in 2003 troops crossed", "the 2011 elections").
_NOT_YEAR_AFTER = re.compile(
    r"\s+(?:people|men|women|children|persons|troops|soldiers|members|fighters|km|kilometers|"
    r"meters|feet|miles|dollars|euros|rials|tons|tonnes|times|[a-z]+ers|[a-z]+ists)\b"
)
_YEAR_CUE_BEFORE = re.compile(
    r"(?:\b(?:the|in|of|since|by|from|until|till|before|after)\s+|['’]s\s+)$", re.I
)
# a year inside a product or lot code, between two capitalised tokens ("BB/MA 2018 AL 17")
_CODE_BEFORE = re.compile(r"(?:^|\s)[A-Z]{2,}(?:/[A-Z]{2,})+\s+$")
_CODE_AFTER = re.compile(r"\s+[A-Z]{2,}\b")
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_UNIT_DURATION = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "century": "Y"}
_UNIT_MULT = {"decade": 10, "century": 100}

# (value, precision, kind, mod, end_value, duration, anchored) | None to drop the match
_Norm = tuple[str | None, str, str, str | None, str | None, str | None, bool]
_Handler = Callable[[re.Match[str], str, "Anchor | None", bool], "_Norm | None"]


def _int(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _number(s: str | None) -> int | None:
    if s is None:
        return 1
    s = " ".join(s.lower().split())
    if s.isdigit():
        return int(s)
    return NUMBERS.get(s)


def _unit(s: str) -> str:
    s = s.lower()
    return "century" if s.startswith("centur") else s.rstrip("s")


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _abs(value: str | None, precision: str, mod: str | None = None) -> _Norm | None:
    if value is None:
        return None
    return value, precision, "absolute", mod, None, None, False


def _rel(value: str | None, precision: str, mod: str | None = None) -> _Norm:
    return value, precision, "relative", mod, None, None, value is not None


def _mod(s: str | None) -> str | None:
    if not s:
        return None
    s = " ".join(s.lower().split())
    s = s.removeprefix("the ").removesuffix(" of")
    return {"beginning": "start", "middle": "mid"}.get(s, s)


# ---------------------------------------------------------------- absolute
def _dayrange(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    g = m.groupdict()
    if g["dr_m1"]:
        mon, d1, d2, y = _month(g["dr_m1"]), _int(g["dr_d1"]), _int(g["dr_d2"]), int(g["dr_y1"])
    else:
        mon, d1, d2, y = _month(g["dr_m2"]), _int(g["dr_d3"]), _int(g["dr_d4"]), int(g["dr_y2"])
    first, last = _day(y, mon, d1), _day(y, mon, d2)
    if first is None or last is None or d2 <= d1:
        return None
    return first, "range", "absolute", None, last, None, False


def _dmy(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return _abs(_day(int(m["dmy_y"]), _month(m["dmy_m"]), _int(m["dmy_d"])), "day")


def _mdy(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return _abs(_day(int(m["mdy_y"]), _month(m["mdy_m"]), _int(m["mdy_d"])), "day")


def _iso(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return _abs(_day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])), "day")


def _numeric(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    x, y, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    if x > 12 >= y:
        return _abs(_day(year, y, x), "day")  # 14/03/2011
    if y > 12 >= x:
        return _abs(_day(year, x, y), "day")  # 03/14/2011
    # 03/04/2011: day-month or month-day; the year is certain, the day is not
    return _abs(f"{year:04d}", "year", "approx")


def _md(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    mon = _month(m["md_m"] or m["md_m2"])
    day = _int(m["md_d"] or m["md_d2"])
    if _day(2000, mon, day) is None:  # 2000 is a leap year: Feb 29 passes
        return None
    if a is None or not a.has("month"):
        return _rel(None, "day")
    return _rel(_day(_md_year(a, mon, day, fut, weekday_of(m.group())), mon, day), "day")


# The nearest reading of a month-day around the publication date, the past preferred: a
# date ahead of the anchor counts this many times its distance in days (news reports what
# happened), or in months when the anchor is a month.  "Jan. 19" in an article of
# 2018-01-09 is ten days ahead (2018); "March 3" in one of 2011-12-10 is 83 days ahead or
# 282 back (2011); "Sept. 2" in one of August 2017 one month ahead (2017), "March 4" in
# one of January 2018 two ahead or ten back (2017).  A sentence that looks ahead ("will",
# "due") counts both ways the same.  Before issue 16 anything more than a week ahead
# went back a year ("lawmakers have until Jan. 19" read 2017-01-19 on 2018-01-09).
_AHEAD_WEIGHT_DAYS = 5
_AHEAD_WEIGHT_MONTHS = 6


def _md_year(a: Anchor, mon: int, day: int, fut: bool, weekday: int | None) -> int:
    """The year of a month-day read against the anchor ``a`` (which has a month)."""
    assert a.month is not None
    month = a.month
    weight = 1 if fut else (_AHEAD_WEIGHT_DAYS if a.day is not None else _AHEAD_WEIGHT_MONTHS)

    def cost(year: int) -> float:
        if a.day is not None:
            cand = dt.date(year, mon, min(day, 28) if mon == 2 and day == 29 else day)
            diff = (cand - a.date).days
        else:
            diff = (year * 12 + mon) - (a.year * 12 + month)
        return -diff if diff <= 0 else diff * weight

    years = [a.year - 1, a.year, a.year + 1]
    if weekday is not None:
        # "Monday, Jan. 22": the year in which the day is that weekday, when one is
        fits = [y for y in years if _day(y, mon, day) and dt.date(y, mon, day).weekday() == weekday]
        years = fits or years
    return min(years, key=cost)


def _my(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return _abs(iso_month(int(m["my_y"]), _month(m["my_m"])), "month", _mod(m["my_mod"]))


def _mrange(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    m1, m2, y2 = _month(m["mr_m1"]), _month(m["mr_m2"]), int(m["mr_y2"])
    y1 = int(m["mr_y1"]) if m["mr_y1"] else (y2 if m1 <= m2 else y2 - 1)
    if (y1, m1) >= (y2, m2) or y2 - y1 > 100:
        return None
    return iso_month(y1, m1), "range", "absolute", None, iso_month(y2, m2), None, False


def _yrange(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    if m["yr_y1"]:
        y1, y2 = int(m["yr_y1"]), int(m["yr_y2"])
    else:
        y1, tail = int(m["yr_y3"]), m["yr_y4"]
        y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return f"{y1:04d}", "range", "absolute", None, f"{y2:04d}", None, False


def _decade(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    # "the '80s": the last century in news prose
    y = int(m["dec_y"]) if m["dec_y"] else 1900 + int(m["dec_s"] or m["dec_s2"])
    # "the late 1700s", "the early 1900s": a year ending in 00 with an "s" names the century
    # when that century is over -- nobody says "the 1800s" for 1800-1809 -- while "the 2000s"
    # of the present century is the decade 2000-2009 (the century itself is written "the
    # 21st century").  A fnc_seed37 reader found "the late 1700's" read as 1700-1709.
    if y % 100 == 0 and y < 2000:
        return _abs(f"{y:04d}", "century", _mod(m["dec_mod"]))
    return _abs(f"{y:04d}", "decade", _mod(m["dec_mod"]))


def _century(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    raw = m["cen_n"].lower()
    n = ORDINALS.get(raw) or _int(raw)
    if not 1 <= n <= 21:
        return None
    return _abs(f"{(n - 1) * 100:04d}", "century", _mod(m["cen_mod"]))


def _season(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return _abs(m["sea_y"], "season", m["sea_s"].lower().replace("fall", "autumn"))


def _modyear(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return _abs(m["my2_y"], "year", _mod(m["my2_mod"]))


# ---------------------------------------------------------------- relative
def _modrel(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    unit, rel, mod = m["mr_unit"], m["mr_rel"], _mod(m["mr_mod"])
    delta = {"the": 0, "this": 0, "last": -1, "next": 1}[rel]
    return _shifted(unit, delta, a, mod)


def _shifted(unit: str, delta: int, a: Anchor | None, mod: str | None = None) -> _Norm:
    """The anchor's year/month/week/day/decade moved by ``delta`` units."""
    if unit == "year":
        return _rel(f"{a.year + delta:04d}" if a else None, "year", mod)
    if unit == "decade":
        return _rel(f"{a.year // 10 * 10 + 10 * delta:04d}" if a else None, "decade", mod)
    if unit == "century":
        return _rel(f"{a.year // 100 * 100 + 100 * delta:04d}" if a else None, "century", mod)
    if unit == "month":
        if a is None or a.month is None:
            return _rel(None, "month", mod)
        return _rel(iso_month(*shift_month(a.year, a.month, delta)), "month", mod)
    if unit in ("week", "weekend"):
        if a is None or a.day is None:
            return _rel(None, "week", mod)
        return _rel(iso_week(a.date + dt.timedelta(weeks=delta)), "week", mod)
    if a is None or a.day is None:
        return _rel(None, "day", mod)
    return _rel(iso_day(a.date + dt.timedelta(days=delta)), "day", mod)


def _ago(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    if m["ago_v"]:  # "years ago": vague
        return _rel(None, _unit(m["ago_v"]), "approx")
    n = _number(m["ago_n"])
    unit = _unit(m["ago_u"])
    if n is None:
        return _rel(None, "year" if unit in _UNIT_MULT else unit, "approx")
    n *= _UNIT_MULT.get(unit, 1)
    if unit in _UNIT_MULT:
        unit = "year"
    if unit == "week":
        if a is None or a.day is None:
            return _rel(None, "week")
        return _rel(iso_week(a.date - dt.timedelta(weeks=n)), "week")
    return _shifted(unit, -n, a)


def _span(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    unit = _unit(m["sp_u"])
    n = _number(m["sp_n"])
    dur = _duration(n, unit)
    if n is None or a is None or unit not in ("year", "decade", "century", "month"):
        return None, "range", "duration", None, None, dur, False
    n *= _UNIT_MULT.get(unit, 1)
    forward = m["sp_rel"].lower() in ("next", "coming")
    if unit == "month":
        if a.month is None:
            return None, "range", "duration", None, None, dur, False
        other = iso_month(*shift_month(a.year, a.month, n if forward else -n))
        here = iso_month(a.year, a.month)
    else:
        other, here = f"{a.year + (n if forward else -n):04d}", f"{a.year:04d}"
    first, last = (here, other) if forward else (other, here)
    return first, "range", "duration", None, last, dur, True


def _duration(n: int | None, unit: str) -> str | None:
    if n is None:
        return None
    return f"P{n * _UNIT_MULT.get(unit, 1)}{_UNIT_DURATION[unit]}"


def _later(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    unit = _unit(m["lt_u"] or m["lt_u2"] or m["lt_u3"] or "year")
    if unit in _UNIT_MULT:
        unit = "year"
    # anchored to another date of the text, never to the publication date
    return None, unit, "relative", "text", None, None, False


def _reldet(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    rel = m["rd_rel"].lower()
    adv = (m["rd_adv"] or "").lower() or None
    if m["rd_unit"]:
        unit = m["rd_unit"]
        if rel in ("previous",):  # "the previous year": relative to a date in the text
            return None, unit, "relative", "text", None, None, False
        delta = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit in ("week", "weekend") and rel == "past":
            return _rel(None, "week", "approx")  # "the past week": the last seven days
        return _shifted(unit, delta, a, adv)
    if m["rd_m"]:
        mon = _month(m["rd_m"])
        if a is None or a.month is None:
            return _rel(None, "month", adv)
        if rel in ("last", "past", "previous"):
            year = a.year if mon < a.month else a.year - 1
            if _last_year_meant(text, m, a, mon, year):
                year -= 1
        elif rel in ("next", "coming"):
            year = a.year if mon > a.month else a.year + 1
        else:
            year = a.year
        return _rel(iso_month(year, mon), "month", adv)
    if m["rd_wd"]:
        wd = WEEKDAYS[m["rd_wd"].lower()]
        if a is None or a.day is None:
            return _rel(None, "day", adv)
        back = (a.date.weekday() - wd) % 7 or 7
        ahead = (wd - a.date.weekday()) % 7 or 7
        if rel in ("next", "coming"):
            return _rel(iso_day(a.date + dt.timedelta(days=ahead)), "day")
        if rel == "this":
            return _rel(iso_day(a.date + dt.timedelta(days=ahead if fut else -(back % 7))), "day")
        return _rel(iso_day(a.date - dt.timedelta(days=back)), "day")
    season = m["rd_s"].lower().replace("fall", "autumn")
    if a is None or a.month is None:
        return _rel(None, "season", season)
    start = _SEASON_MONTHS[season]
    if rel in ("last", "past", "previous"):
        year = a.year if start + 2 < a.month else a.year - 1
    elif rel == "coming":
        # "the coming fall elections" on a September page: this fall (issue 16); "next fall"
        # said in September is next year's
        year = a.year if start >= a.month else a.year + 1
    elif rel == "next":
        year = a.year if start > a.month else a.year + 1
    else:
        year = a.year
    return _rel(f"{year:04d}", "season", season)


# the text of the sentence around a match: back to the previous sentence end, on to the next
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _last_year_meant(text: str, m: re.Match[str], a: Anchor, mon: int, year: int) -> bool:
    """ "last November" on a December page whose sentence names the year before: that year's.

    The month right before the page's is "last month" to a writer; "the 2016 election,
    which helped X win last November" on a December 2017 page is November 2016 (issue 16,
    fnc seed 243).  Only when the sentence writes that earlier year.
    """
    assert a.month is not None
    if (a.month - mon) % 12 != 1:
        return False
    lo = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 300), m.start())),
             default=max(0, m.start() - 300))  # fmt: skip
    hi_m = _SENTENCE_END.search(text, m.end())
    hi = hi_m.start() if hi_m else len(text)
    sentence = text[lo:hi]
    return re.search(rf"\b{year - 1}\b", sentence) is not None and str(year) not in sentence


def _deictic(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    delta = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["dei"].lower()]
    return _shifted("day", delta, a)


def _vague(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    return None, "unknown", "relative", "approx", None, None, False


def _durationh(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    unit = _unit(m["du_u"])
    return None, "unknown", "duration", None, None, _duration(_number(m["du_n"]), unit), False


def _weekday(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    wd = WEEKDAYS[m["wd"].lower()]
    if a is None or a.day is None:
        return _rel(None, "day")
    if fut:
        return _rel(iso_day(a.date + dt.timedelta(days=(wd - a.date.weekday()) % 7)), "day")
    return _rel(iso_day(a.date - dt.timedelta(days=(a.date.weekday() - wd) % 7)), "day")


def _monthh(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    mod = _mod(m["mo_mod"])
    if mod is None and not _MONTH_PREP.search(text[max(0, m.start() - 12) : m.start()]):
        return "", "", "", None, None, None, False  # not a date: dropped by the caller
    mon = _month(m["mo_m"])
    if a is None or a.month is None:
        return _rel(None, "month", mod)
    if fut:
        year = a.year if mon >= a.month else a.year + 1
    else:
        year = a.year if mon <= a.month else a.year - 1
    return _rel(iso_month(year, mon), "month", mod)


def _year(m: re.Match[str], text: str, a: Anchor | None, fut: bool) -> _Norm | None:
    before = text[max(0, m.start() - 30) : m.start()]
    if _NOT_YEAR_BEFORE.search(before) or (
        _NOT_YEAR_AFTER.match(text, m.end()) and not _YEAR_CUE_BEFORE.search(before)
    ):
        return "", "", "", None, None, None, False
    if _CODE_BEFORE.search(before) and _CODE_AFTER.match(text, m.end()):
        return "", "", "", None, None, None, False  # "a code BB/MA 2018 AL 17": no year
    y = int(m["yr"])
    if y < 1800 and not re.search(r"\b(?:in|since|of|from|until|by)\s+$", before, re.I):
        return "", "", "", None, None, None, False
    return _abs(m["yr"], "year")


_HANDLERS: dict[str, _Handler] = {
    "dayrange": _dayrange, "dmy": _dmy, "mdy": _mdy, "iso": _iso, "numeric": _numeric,
    "md": _md, "my": _my, "mrange": _mrange, "yrange": _yrange, "decade": _decade, "century": _century,
    "season": _season, "modyear": _modyear, "modrel": _modrel, "ago": _ago, "span": _span,
    "later": _later, "reldet": _reldet, "deictic": _deictic, "vague": _vague,
    "duration": _durationh, "weekday": _weekday, "month": _monthh, "year": _year,
}  # fmt: skip
assert set(_HANDLERS) == set(KINDS)
_GROUPS = tuple((f"k_{k}", _HANDLERS[k]) for k in KINDS)


def _is_future(text: str, start: int) -> bool:
    return (
        _FUTURE.search(text[max(0, start - _FUTURE_WINDOW) : start]) is not None
        or _FUTURE_FAR.search(text[max(0, start - _FUTURE_FAR_WINDOW) : start]) is not None
    )


# Cheap pre-scan: every expression contains a digit or one of these words
# (lower case substrings; a hit costs one str.find).  TIME_RE then runs only on
# windows around the hits.  Measured on the 354 Tehran Times MEK pages (mean
# 5.9 kB): full scan 5.4 ms/doc, windowed 1.7 ms/doc, identical matches; 23 %
# of the text is scanned.  The window must hold the longest expression around
# its hit ("Thursday, the 14th of November": 40 chars before/45 after).
_KEYWORDS = (
    "year", "month", "week", "decade", "centur", "ago", "tonight", "tomorrow", "recent",
    "lately", "nowadays", "currently", "present", "day", "spring", "summer", "autumn", "fall",
    "winter", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_DIGITS = re.compile(r"\d+")
_BEFORE_CHARS = 40
_AFTER_CHARS = 45


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around every digit run and keyword of ``text``."""
    low = text.lower()
    hits = [m.start() for m in _DIGITS.finditer(text)]
    for kw in _KEYWORDS:
        i = low.find(kw)
        while i >= 0:
            hits.append(i)
            i = low.find(kw, i + len(kw))
    hits.sort()
    n = len(text)
    out: list[tuple[int, int]] = []
    for h in hits:
        a, b = max(0, h - _BEFORE_CHARS), min(n, h + _AFTER_CHARS)
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _matches(text: str) -> list[re.Match[str]]:
    return [m for a, b in _windows(text) for m in TIME_RE.finditer(text, a, b)]


def _in_symbol(text: str, start: int, end: int) -> bool:
    """The match sits inside a URL, a hashtag or a document symbol ("S/2018/1234")."""
    a = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    token = text[a:b]
    if token.startswith("#") or "://" in token or "www." in token:
        return True
    return "/" in token and any(c.isalpha() for c in token.replace(text[start:end], ""))


def extract_times(
    text: str, doc_id: str = "", published: PublishedDate | None = None
) -> list[TimeExpression]:
    """Every temporal expression of ``text``, in order, normalised against ``published``.

    Offsets are 0-based, end-exclusive indices into ``text``.
    """
    anchor = make_anchor(published)
    posts = PostAnchors(text, anchor)
    earlier = earlier_excerpts(text)
    out: list[TimeExpression] = []
    month_days: list[int] = []
    for m in _matches(text):
        if _in_symbol(text, m.start(), m.end()):
            continue
        handler = next(h for group, h in _GROUPS if m.group(group) is not None)
        at = None if any(a <= m.start() < b for a, b in earlier) else posts.at(m.start())
        norm = handler(m, text, at, _is_future(text, m.start()))
        if norm is None or norm[2] == "":
            continue
        value, precision, kind, mod, end_value, duration, anchored = norm
        if m.group("k_md") is not None:
            month_days.append(len(out))
        out.append(
            TimeExpression(doc_id, m.start(), m.end(), m.group(), value, precision, kind, mod,
                           end_value, duration, anchored, ANALYZER, VERSION)
        )  # fmt: skip
    if month_days and posts:
        # each post's bare month-days are read against the post's own date
        for post in sorted({posts.post(out[i].start) for i in month_days}):
            group = [i for i in month_days if posts.post(out[i].start) == post]
            resolve_month_days(text, out, group, posts.at(out[group[0]].start))
    elif month_days:
        resolve_month_days(text, out, month_days, anchor)
    join_day_pairs(text, out)
    join_coordinated(text, out)
    return out
