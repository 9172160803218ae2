"""The temporal-expression regex: one compiled alternation, scanned once per text.

Each alternative is a named group ``k_<kind>``; :data:`KINDS` lists them in
the order they are tried.  At one position Python's ``re`` takes the first
alternative that matches, so longer, more specific forms come first
("Thursday March 3, 2011" before "Thursday"; "March 3, 2011" before
"March 3" before "March").  Spans leave out a leading preposition ("in
2001" -> "2001") except in ranges ("from 1975 to 1979"), where it is part of
the expression.

Compiled WITHOUT ``re.IGNORECASE``: month and weekday names must start with a
capital letter (``(?=[A-Z])``), which keeps "may" and "march" the verbs out.
Measured: one ``finditer`` over a 3.5 kB article takes ~0.1 ms.
"""

from __future__ import annotations

import re

from .lexicon import (
    MONTH_ALT,
    MONTH_FULL_ALT,
    NUMBER_ALT,
    ORDINAL_ALT,
    SEASON_ALT,
    WEEKDAY_ALT,
)  # fmt: skip

__all__ = ["KINDS", "TIME_RE"]

_MON = rf"(?=[A-Z])(?:(?i:{MONTH_FULL_ALT})\b|(?i:{MONTH_ALT})\b\.?)"
_MONF = rf"(?=[A-Z])(?i:{MONTH_FULL_ALT})\b"
_WD = rf"(?=[A-Z])(?i:{WEEKDAY_ALT})\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)\b"
_NUM = rf"(?:\d{{1,3}}|(?i:{NUMBER_ALT}))"
_UNIT = r"(?:year|month|week|day|decade|centur(?:y|ie))s?"
_WDP = rf"(?:{_WD},?\s+(?:[Tt]he\s+)?)?"  # optional weekday prefix: "Thursday, March 3"
_MOD = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)"
_SEASON = rf"(?i:{SEASON_ALT})"
_REL = r"(?:last|this|next|past|previous|coming|following|same)"

_ALTS: tuple[tuple[str, str], ...] = (
    # March 3-5, 2011 / 3-5 March 2011
    ("dayrange", rf"(?P<dr_m1>{_MON})\s+(?P<dr_d1>{_DAY})\s*(?:[-–]|to|and|through)\s*(?P<dr_d2>{_DAY}),?\s+(?P<dr_y1>{_YEAR})"
                 rf"|(?P<dr_d3>{_DAY})\s*(?:[-–]|to|and|through)\s*(?P<dr_d4>{_DAY})\s+(?P<dr_m2>{_MON}),?\s+(?P<dr_y2>{_YEAR})"),
    # 14 March 2011 / the 14th of March, 2011 / Monday, 14 March 2011
    ("dmy", rf"{_WDP}(?P<dmy_d>{_DAY})(?:\s+of)?\s+(?P<dmy_m>{_MON}),?\s+(?P<dmy_y>{_YEAR})"),
    # March 14, 2011 / Thursday March 3, 2011
    ("mdy", rf"{_WDP}(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_DAY}),?\s+(?P<mdy_y>{_YEAR})"),
    ("iso", r"(?P<iso_y>(?:1[6-9]|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b"),
    ("numeric", rf"(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_y>{_YEAR})"),
    # March 14 / 14 March / Monday, March 14 (year from the anchor)
    ("md", rf"{_WDP}(?P<md_m>{_MON})\s+(?P<md_d>{_DAY})(?!\s*[-–:]?\d)(?!,?\s+\d)"
           # not "PPD-8 of March 30, 2011": a month followed by a number is another date's
           rf"|{_WDP}(?P<md_d2>{_DAY})(?:\s+of)?\s+(?P<md_m2>{_MON})(?!\s*\d)"),
    # June 1994 / early March 2011 / the end of June 2010 / Jan. 2011
    ("my", rf"(?:(?P<my_mod>{_MOD})[\s-]*)?(?P<my_m>{_MON})(?:\s+of)?,?\s+(?P<my_y>{_YEAR})"),
    # between November 2016 and March 2017 / from May to July 2011 (issue 16: read as two
    # dates, the happening took the first month as its date)
    ("mrange", rf"(?:from|between|From|Between)\s+(?P<mr_m1>{_MON})(?:\s+(?P<mr_y1>{_YEAR}))?,?\s+"
               rf"(?:to|and|until|till|through)\s+(?P<mr_m2>{_MON}),?\s+(?P<mr_y2>{_YEAR})"),
    # from 1975 to 1979 / between 1975 and 1979 / 1975-1979 / 1975-79
    ("yrange", rf"(?P<yr_pre>from|between|From|Between|(?<=\bperiod )(?<!forecast period )of)\s+(?P<yr_y1>{_YEAR})\s+(?:to|and|until|till|through)\s+(?P<yr_y2>{_YEAR})"
               rf"|(?P<yr_y3>{_YEAR})\s*[-–/]\s*(?P<yr_y4>{_YEAR}|\d\d\b)"),
    # the (late) 1960s / the '80s / the mid-1990s / the 1980's, 1980′s (issue 16)
    ("decade", r"(?:[Tt]he\s+)?(?:(?P<dec_mod>early|mid|late)[\s-]+)?(?:(?P<dec_y>(?:1[6-9]|20)\d0)['’′]?s\b"
               r"|(?<=the\s)(?P<dec_s>\d0)s\b|['’](?P<dec_s2>\d0)s\b)"),
    # the 19th century / the late nineteenth century ("21st Century Wire", "20th Century Fox":
    # a name)
    ("century", rf"(?:[Tt]he\s+)?(?:(?P<cen_mod>early|mid|late)[\s-]+)?(?P<cen_n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{ORDINAL_ALT}))[\s-]+(?:century\b|Century\b(?!\s+[A-Z]))"),
    # the summer of 2011 / spring 2011
    ("season", rf"(?:[Tt]he\s+)?(?P<sea_s>{_SEASON})(?:\s+of)?,?\s+(?P<sea_y>{_YEAR})"),
    # mid-2011 / late 2011 / the end of 2011
    ("modyear", rf"(?P<my2_mod>{_MOD}|[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:end|beginning|start|middle)\s+of)[\s-]*(?P<my2_y>{_YEAR})"),
    # the end of the year / the beginning of last month
    ("modrel", r"(?:[Tt]he\s+)?(?P<mr_mod>end|beginning|start|middle)\s+of\s+(?P<mr_rel>the|this|last|next)\s+(?P<mr_unit>year|month|week|decade)"),
    # three years ago / a decade ago
    ("ago", rf"(?P<ago_n>{_NUM}|(?i:a\s+few|several|many|some))\s+(?P<ago_u>{_UNIT})\s+ago\b|(?P<ago_v>(?i:years|decades|months|weeks|days))\s+ago\b"),
    # for the past twenty years / over the last decade / in the past two months
    ("span", rf"(?P<sp_pre>(?i:for|over|during|in|within))\s+the\s+(?P<sp_rel>past|last|previous|next|coming)\s+(?:(?P<sp_n>{_NUM}|(?i:a\s+few|several|many))\s+)?(?P<sp_u>{_UNIT})\b"),
    # three years later / two days earlier (anchored to another date in the text: unresolved)
    ("later", rf"(?P<lt_n>{_NUM}|(?i:a\s+few|several))\s+(?P<lt_u>{_UNIT})\s+(?:later|earlier|afterwards|after\s+that|before\s+that)\b"
              rf"|(?:[Tt]he|[Tt]hat)\s+(?:same|following|previous|next)\s+(?P<lt_u2>year|month|week|day)\b"
              rf"|[Tt]hat\s+(?P<lt_u3>year|month|week|day)\b|[Tt]he\s+year\s+before\b"),
    # last November / earlier this month / next week / last Monday / this summer
    ("reldet", rf"(?:(?P<rd_adv>[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]he\s+)?(?P<rd_rel>(?i:last|this|next|past|previous|coming))\s+"
               rf"(?:(?P<rd_unit>year|month|week|decade|weekend)\b|(?P<rd_m>{_MONF})|(?P<rd_wd>{_WD})|(?P<rd_s>{_SEASON})\b)"),
    ("deictic", r"\b(?P<dei>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b"),
    ("vague", r"\b(?P<vag>[Rr]ecently|[Ll]ately|[Nn]owadays|[Cc]urrently|(?i:in\s+recent)\s+(?:years|months|weeks|days|decades)|(?i:these\s+days)|(?i:at\s+present))\b"),
    # six years / 30 years (a length of time, no position)
    ("duration", rf"(?P<du_n>{_NUM}|(?i:a\s+few|several|many))\s+(?P<du_u>{_UNIT})\b(?!\s+(?:old|of\s+age|ago))(?!-)"),
    # Monday (anchored to the publication day); "the Friday prayer leader" is a title, no date
    ("weekday", rf"(?P<wd>{_WD})(?!\s*,?\s*(?:[Tt]he\s+)?\d)(?!\s+[Pp]rayers?\s+(?:[Ll]eader|[Ii]mam))"),
    # early November / in November (a preposition or modifier before it is checked in code)
    ("month", rf"(?:(?P<mo_mod>early|mid|late|[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?P<mo_m>{_MONF})(?!\s*\d)"),
    # 2001 (context is checked in code: "Resolution 2231", "2000 people" are not years)
    ("year", rf"(?P<yr>{_YEAR})(?![-–]\d)(?!\s*(?:%|percent|per\s+cent))"),
)  # fmt: skip

KINDS: tuple[str, ...] = tuple(k for k, _ in _ALTS)
TIME_RE = re.compile(
    r"(?<![\w$£€])(?:" + "|".join(f"(?P<k_{k}>{p})" for k, p in _ALTS) + r")(?![\w-]\w)"
)
