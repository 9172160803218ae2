"""Plain-text page furniture anywhere in the body: widgets, teaser blocks, comment blocks, captions.

Input and output are whitespace-folded lines (``""`` = paragraph break, see
:func:`newsdossier.clean.encoding.fold_lines`).  Only lines of at most
``MAX_FURNITURE_CHARS`` are ever tested against the lexicon: furniture is
short, and skipping long paragraphs keeps this pass linear and cheap.
"""

from __future__ import annotations

import re

from .findings import Findings
from .lexicon import (
    CAPTION_MARKER,
    COMMENT_HEADING_RE,
    MONTH_ALT,
    POLL_HEADING_RE,
    TEASER_HEADING_RE,
    TEASER_LINE_RE,
    WIDGET_RE,
)

__all__ = ["MAX_FURNITURE_CHARS", "strip_captions", "strip_furniture_lines"]

#: Longest line that can be a widget, teaser heading or caption.  The longest
#: whole-line widget seen in ../shared/data (a commenting-policy notice) is
#: about 380 characters.
MAX_FURNITURE_CHARS = 400
#: A teaser headline is short; the teaser sentence under it may be longer.
_HEADLINE_CHARS = 160
_TEASER_CHARS = 320
#: A reader comment block ends at the first line longer than this.
_COMMENT_LINE_CHARS = 300
_MAX_BLOCK_LINES = 40

_CAPTION_LINE_RE = re.compile(
    rf"(?:(?i:{CAPTION_MARKER})\s*[:|]\s*\S.{{0,250}}"
    rf"|(?i:{CAPTION_MARKER})\s+(?i:via|by|courtesy of|source)\s+\S.{{0,150}}"
    r"|(?:©|\(c\))\s*\S.{0,200})"
)
# A caption glued into running text: after a sentence end (with or without a
# space) or straight after a lowercase letter ("in Geneva.Photo: AFP The ...").
_CAPTION_INLINE_RE = re.compile(
    rf"(?:(?<=[.!?”\"’)\]])\s*|(?<=[a-z]))(?P<marker>(?=[A-Z])(?i:{CAPTION_MARKER}))\s*:\s*",
)
# "(Photo: Agency/Name)", "(AFP photo)", "(file photo/Name)" anywhere: a
# parenthesised credit is never prose.
_CAPTION_PAREN_RE = re.compile(
    rf"\s*\((?:(?=[A-Z])(?i:{CAPTION_MARKER})\s*:\s*[^()]{{1,150}}"
    # "(AFP photo)", "(file photo/Name)", "(Agency photo: Name)", "(Image via: Name)"
    r"|(?:[A-Z][\w.&'’\-]*\s+){0,3}(?i:photo|file photo|picture|image)"
    r"(?:\s*(?:/|:|(?i:via|by|courtesy of)\b:?)\s*[^()]{1,60})?)\)"
)
# A photo credit left on its own line where the picture was: "Ana Holm/Harvan Wire/Vellor
# Images", names and agencies joined by slashes, three or four of them (issue 16: the 6
# such lines in ../shared/data are all credits; no body line has the shape).
_SLASH_CREDIT_RE = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:[ \t]*/[ \t]*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}){2,3}"
)
# A wire photo credit on its own line, two parts: "AGENCY/First Last" or "First Last/AGENCY"
# (issue 16, fresh PTC page, seed 413; the one such line in the 1,254 pages of
# ../shared/data is a credit).  Over it at the page's top, a caption in the wire's style, a
# sentence closed by the picture's date ("... in Kessa, Vellorn, October 4, 2017.").
_WIRE_CREDIT_RE = re.compile(
    r"[A-Z]{2,10}\s*/\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}\s*/\s*[A-Z]{2,10}"
)
_DATED_CAPTION_RE = re.compile(
    rf"[A-Z][^\n]{{10,250}},\s+(?:(?i:{MONTH_ALT})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?i:{MONTH_ALT})\.?,?)"
    r"\s+\d{4}\."
)
_CAPTION_HINT_RE = re.compile(r"(?i:photo|image|credit|picture|screenshot|caption)")
_CREDIT_TOKEN_RE = re.compile(r"(?:[A-Z][\w.&'’-]*|[\w.&-]*/[\w.&/-]*|via|and|&)")
# Words that open a sentence after a bare credit: "Photo: AFP The minister said".
_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "This",
        "That",
        "These",
        "Those",
        "But",
        "And",
        "According",
        "Meanwhile",
        "However",
        "Officials",
        "Police",
        "Protesters",
        "Earlier",
        "Later",
        "Last",
        "Since",
        "After",
        "Before",
        "When",
        "While",
    ]
)
#: A caption over a credit line at the top of the page is one short sentence.
_CAPTION_LEAD_CHARS = 200
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z“\"‘]|\s*$)")
_TERMINAL = (".", "!", "?", "”", '"', "’", "'")


def _is_headline(line: str) -> bool:
    return len(line) <= _HEADLINE_CHARS and not line.endswith(_TERMINAL)


def _is_other_furniture(line: str) -> bool:
    return bool(
        WIDGET_RE.fullmatch(line)
        or COMMENT_HEADING_RE.fullmatch(line)
        or TEASER_HEADING_RE.fullmatch(line)
        or POLL_HEADING_RE.fullmatch(line)
    )


def _teaser_block_end(lines: list[str], start: int) -> int:
    """Index after the headline/teaser pairs that follow a teaser heading at ``start``."""
    i, after_headline, end = start + 1, False, start + 1
    # Pages that put a blank line between every line also do so inside the
    # block; elsewhere a blank line after a headline ends its pair, so a
    # sentence after it is body ("Related\nH1\nH2\n\nThe body goes on.").
    blank_layout = i < len(lines) and not lines[i]
    gap = False
    while i < len(lines) and i - start <= _MAX_BLOCK_LINES:
        line = lines[i]
        if not line:
            gap = True
            i += 1
            continue
        if _is_other_furniture(line):
            break  # the next widget is recorded under its own kind
        if _is_headline(line) or line.endswith(("…", "...")) and len(line) <= _TEASER_CHARS:
            after_headline = _is_headline(line)
        elif after_headline and len(line) <= _TEASER_CHARS and (blank_layout or not gap):
            after_headline = False  # the teaser sentence under a headline
        else:
            break  # a sentence that follows no headline: the body goes on
        gap = False
        i += 1
        end = i
    return end


def _comment_block_end(lines: list[str], start: int) -> int:
    i, end = start + 1, start + 1
    while i < len(lines) and i - start <= _MAX_BLOCK_LINES:
        line = lines[i]
        if len(line) > _COMMENT_LINE_CHARS:
            break
        if TEASER_HEADING_RE.fullmatch(line) or POLL_HEADING_RE.fullmatch(line):
            break  # "Comments are closed." then a "Read more" block: a teaser, not a comment
        i += 1
        if lines[i - 1]:
            end = i
    return end


#: A poll answer ("* Yes, he will be confirmed.") is short ...
_POLL_ANSWER_CHARS = 80
#: ... except the radio-button list some forms print on one line: "* NAME NAME NAME ..."
#: (in ../shared/data: eight politicians' names, 110 characters, in 22 PTC articles, where
#: every name became a mention of the article).
_POLL_LIST_CHARS = 250
_POLL_LIST_RE = re.compile(rf"\* [^.!?]{{1,{_POLL_LIST_CHARS}}}")
# Tag and category lists run to hundreds of characters ("Filed under: A, B, ... Tagged:
# ..."; 560 in one blog post), longer than any other widget line: matched on their own.
_TAG_LINE_RE = re.compile(r"(?i:filed under|tagged|tags|categories)\s*:\s*\S.{0,2000}")
# A fair-use notice under a blog post quotes the statute; "fair use" alone is a topic.
_FAIR_USE_RE = re.compile(
    r".{0,300}\b(?i:fair use)\b.{0,200}\b(?i:title 17|sec(?:tion|\.)? 107|17 u\.?s\.?c)\b.{0,300}"
)
# A divider line: "–", "—-", "* * *", "____" (never ".": PTC splits ". . ." into lines).
_DIVIDER_RE = re.compile(r"(?:[-–—_*=~•·]\s*){1,40}")
# Attribution lines that are furniture wherever they stand (kind "outlet").
_ATTRIBUTION_RE = re.compile(
    r"(?i:this (?:article|post|report|piece|story) (?:was|has been) (?:originally |first )?"
    r"(?:published|posted|contributed|written|appeared)|originally published (?:at|on|by|in)"
    r"|(?:article )?(?:re)?(?:published|posted|printed) with permission (?:from|of))\b.{0,300}"
)


# Two link texts printed with nothing between them: "... with the gunman: companyRiver
# town mourns its dead" (a related-stories box flattened into one line; issue 16).  In
# ../shared/data a lower-case word glued to a capitalised one is otherwise a typo inside a
# sentence ("has calledJews", "unto theLord:") or a handle ("realDonald...").
_GLUE_RE = re.compile(r"(?<![\w'’@/.])[a-z]{3,}(?=[A-Z][a-z])")
_GLUED_PIECE_WORDS = 3
#: each glued piece is a headline: a press release's first line ("London: Tuesday ... AIM
#: listed supplierFlowtech Fluidpower plc (...), is pleased to") runs longer
_GLUED_PIECE_CHARS = 130
_INNER_STOP_RE = re.compile(r"[a-z]{2,}[.!?][”\"’]?\s+[A-Z“\"‘]")
# a headline ends on a content word, a line cut mid-sentence on a function word
_OPEN_END_RE = re.compile(r"\b(?i:to|the|a|an|of|and|or|in|on|for|with|by|at|from|that)$")


def _is_glued_links(line: str) -> bool:
    """``line`` is two or more headlines glued together, each a phrase with no full stop."""
    if line.endswith(_TERMINAL) or _GLUE_RE.search(line) is None:
        return False  # cheap first: one line in 500 has a glued word
    if _INNER_STOP_RE.search(line) or _OPEN_END_RE.search(line):
        return False
    cuts = [m.end() for m in _GLUE_RE.finditer(line)]
    pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return all(
        len(p.split()) >= _GLUED_PIECE_WORDS and len(p) <= _GLUED_PIECE_CHARS for p in pieces
    )


#: A caption over the credit that closes the page is a short phrase ("Artist's view of the
#: comet"); higher up, the line over a credit is as often a subhead of the body.
_TAIL_CAPTION_CHARS = 120


def _take_tail_caption(lines: list[str], credit: int, found: Findings) -> None:
    """Remove the caption over the credit ``lines[credit]`` when that credit closes the page."""
    if any(lines[credit + 1 :]):
        return
    above = [j for j in range(credit) if lines[j]]
    if len(above) < 4:
        return  # at the top, the line over a credit is the headline
    j = above[-1]
    line = lines[j]
    if (
        len(line) <= _TAIL_CAPTION_CHARS
        and len(line.split()) >= 2
        and not line.endswith((*_TERMINAL, ":", ",", ";"))
    ):
        _take(lines, j, j + 1, "other", found)


def _poll_block_end(lines: list[str], start: int) -> int:
    """Index after a poll: question and answer lines, then its sign-up form widgets."""
    i, form, asked = start + 1, False, lines[start].endswith("?")
    while i < len(lines) and i - start <= _MAX_BLOCK_LINES:
        line = lines[i]
        if not line:
            pass
        elif WIDGET_RE.fullmatch(line):
            form = True
        elif line.endswith("?") and not form:
            asked = True
        elif asked and not form and _POLL_LIST_RE.fullmatch(line):
            pass  # the whole list of answers on one line
        elif form or not asked or len(line) > _POLL_ANSWER_CHARS:
            break  # answers only follow a question; after the form, only widgets
        i += 1
    return i


# the first line of a poll's sign-up form ("Email *")
_POLL_FORM_RE = re.compile(r"(?i:e-?mail|name|phone|comments?)\s*\*")
#: A poll box above its form: at most this many question and answer lines.
_POLL_ABOVE_LINES = 8
_POLL_GLUED_HEAD_RE = re.compile(r"(?i:take our poll)\b")


def _poll_above(lines: list[str], form: int, found: Findings) -> int | None:
    """Start of a poll whose heading the scrape lost, right above its form at ``form``.

    The poll's template prints its question two or three times, then the answers, then
    the form ("Who should chair the Harvan Council?" twice, "* Ana Holm Ivo Renk", "Email
    *"): a question printed twice over short answer lines is the evidence (issue 16: 5 of
    the PTC train pages in ../shared/data kept it).  A heading glued to the line before
    ("pic.twitter.com/x take our poll - story continues below Who ...?") is cut from it.
    """
    above = [j for j in range(form - 1, -1, -1) if lines[j]][:_POLL_ABOVE_LINES]
    run: list[int] = []
    for j in above:
        line = lines[j]
        if not (
            line.endswith("?")
            and len(line) <= _HEADLINE_CHARS
            or len(line) <= _POLL_ANSWER_CHARS
            or _POLL_LIST_RE.fullmatch(line)
        ):
            break
        run.append(j)
    questions = [j for j in run if lines[j].endswith("?")]
    repeated = [j for j in questions if sum(lines[k] == lines[j] for k in questions) > 1]
    if not repeated:
        return None
    first = min(repeated)
    # only the question and what follows it, never a line above its first copy
    before = next((j for j in above if j < first), None)
    if before is not None:
        m = _POLL_GLUED_HEAD_RE.search(lines[before])
        if m is not None and lines[before][m.end() :].strip().endswith("?"):
            found.remove("other", lines[before][m.start() :])
            lines[before] = lines[before][: m.start()].rstrip()
    return first


def _take(lines: list[str], start: int, end: int, kind: str, found: Findings) -> None:
    found.remove(kind, "\n".join(x for x in lines[start:end] if x))
    for j in range(start, end):
        lines[j] = ""


# The placeholder a site's e-mail cloaking script leaves where an address was, when the
# page was scraped without JavaScript: "Contact X, .(JavaScript must be enabled to view
# this email address)" -- never prose, wherever it sits in a line.
_EMAIL_CLOAK_RE = re.compile(
    r"\s*\.?\s*\(?(?i:javascript must be enabled to view this e-?mail address)\)?\.?"
)


def _cut_email_cloak(line: str, found: Findings) -> str:
    if "avaScript" not in line and "avascript" not in line:  # cheap pre-check
        return line
    m = _EMAIL_CLOAK_RE.search(line)
    if m is None:
        return line
    found.remove("other", m.group())
    return (line[: m.start()] + line[m.end() :]).strip()


# A shop widget printed into the text: a truncated book title, its author, a price box
# ("Harbour Tides: A Hi... Ana Holm Best Price: $5.64 Buy New $9.00 (as of 10:35 EDT -
# Details)", "... Ana Holm Check Amazon for Pricing."), often glued to a paragraph of
# the article before or after it (issue 16: 40 such widgets in ../shared/data/ptc-*,
# 14 of them glued to body text, which stays).
_SHOP_WIDGET_RE = re.compile(
    r"(?:(?<=[.!?”\"’])\s+|^)(?:[^.!?”\"\n]{0,60}?\.\.\.?\s*){0,2}"
    r"(?:[^.!?\n]|\b(?:[A-Z]|Dr|Jr|Sr|Mr|Ms|Mrs)\.){0,60}?"
    r"(?:Best Price: \$[\d,.]+ Buy New \$[\d,.]+ \(as of \d{1,2}:\d{2} [A-Z]{2,4} - Details\)"
    r"|Check Amazon for Pricing\.)"
)


# "Also on example.com Some headline": a site's link to another of its stories (issue 16,
# read in ../shared/data/ptc-*)
_ALSO_ON_RE = re.compile(r"Also on (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6} \S.{0,200}")


def _cut_shop_widgets(line: str, found: Findings) -> str:
    if "Best Price" not in line and "Amazon for Pricing" not in line:  # cheap pre-check
        return line
    out, at = [], 0
    for m in _SHOP_WIDGET_RE.finditer(line):
        found.remove("other", m.group())
        out.append(line[at : m.start()])
        at = m.end()
    out.append(line[at:])
    return " ".join(x.strip() for x in out if x.strip())


# A sign-up or support appeal among the page's closing lines takes the lines around it
# that go on with it: "Become a Valley Insider!" / "Sign up for our free newsletter ..." /
# "We're also on a new platform ..." / "Do you love what we're doing?" / "Thank you." /
# "Stay tuned!" (issue 16: read on fresh PTC pages, seeds 351-352; the widget line alone
# went, the rest of the box stayed as the article's last lines).
_APPEAL_RE = re.compile(
    r"(?i:subscri|sign(?:ing)?[ -]?up|newsletter|inbox|donat|support (?:our|us|independent|my)"
    r"|contribut)"
)
#: A closing appeal box has at most this many lines after its widget line ...
_APPEAL_AFTER_LINES = 8
#: ... each at most this long.
_APPEAL_LINE_CHARS = 250
#: A heading over the box: "Become a Valley Insider!", "Don't miss a story:".
_APPEAL_HEAD_CHARS = 40
_APPEAL_HEAD_RE = re.compile(
    r"(?i:.*\b(?:become|join|get|don['’]t miss|insider|sign|subscribe)\b.*[!:])"
)
# the box addresses the reader, or thanks them ("Already a subscriber?", "Thank you.")
_READER_RE = re.compile(
    r"(?i:\b(?:we|we['’](?:re|ve|ll|d)|our|us|you|your|you['’](?:re|ll|ve)|ya)\b|link|click"
    r"|join|thank)"
)
#: A line of the box that does not address the reader is at most this long.
_APPEAL_ODD_CHARS = 100
#: A closing shout ("Stay tuned!") is this short.
_SHOUT_CHARS = 30
_QUOTE_OR_SPEECH_RE = re.compile(r"[“”\"]|\b(?:said|says|told)\b")


def _is_appeal_line(line: str) -> bool:
    if len(line) > _APPEAL_LINE_CHARS or _QUOTE_OR_SPEECH_RE.search(line):
        return False
    if _is_other_furniture(line) or _APPEAL_RE.search(line) or _READER_RE.search(line):
        return True
    return len(line) <= _SHOUT_CHARS and line.endswith("!")


def _closing_appeal(lines: list[str], i: int) -> tuple[int, int] | None:
    """(start, end) of the appeal box whose widget line ``lines[i]`` is among the page's
    closing lines, or ``None`` when body text follows it."""
    # a comment, teaser or poll block under the box is its own (recorded under its kind)
    end = next((j for j in range(i + 1, len(lines)) if lines[j] and _is_block_head(lines[j])), None)
    after = [j for j in range(i + 1, end or len(lines)) if lines[j]]
    if len(after) > _APPEAL_AFTER_LINES:
        return None
    # a box may say one plain thing in passing ("It's like a forum without the ads."),
    # never quote anyone nor run to a news paragraph
    odd = [j for j in after if not _is_appeal_line(lines[j])]
    if len(odd) > len(after) // 3 or any(
        len(lines[j]) > _APPEAL_ODD_CHARS or _QUOTE_OR_SPEECH_RE.search(lines[j]) for j in odd
    ):
        return None
    before = [j for j in range(i) if lines[j]]
    start = i
    if len(before) > 1:
        head = lines[before[-1]]
        if len(head) <= _APPEAL_HEAD_CHARS and _APPEAL_HEAD_RE.fullmatch(head):
            start = before[-1]
    return start, end or len(lines)


def _is_block_head(line: str) -> bool:
    return bool(
        COMMENT_HEADING_RE.fullmatch(line)
        or TEASER_HEADING_RE.fullmatch(line)
        or POLL_HEADING_RE.fullmatch(line)
    )


def strip_furniture_lines(lines: list[str], found: Findings) -> list[str]:
    """Remove whole-line widgets, teaser lines/blocks, comment blocks and caption lines."""
    lines = list(lines)
    for i, line in enumerate(lines):
        if not line:
            continue
        line = lines[i] = _cut_shop_widgets(_cut_email_cloak(line, found), found)
        if not line:
            continue
        if _TAG_LINE_RE.fullmatch(line) or _DIVIDER_RE.fullmatch(line):
            _take(lines, i, i + 1, "other", found)
            continue
        if len(line) > MAX_FURNITURE_CHARS:
            continue
        m = WIDGET_RE.fullmatch(line)
        if m is not None:
            box = _closing_appeal(lines, i) if _APPEAL_RE.search(line) else None
            if box is not None:
                _take(lines, box[0], box[1], m.lastgroup or "other", found)
                continue
            poll = _poll_above(lines, i, found) if _POLL_FORM_RE.fullmatch(line) else None
            if poll is not None:
                _take(lines, poll, i, "other", found)
            _take(lines, i, i + 1, m.lastgroup or "other", found)
        elif TEASER_HEADING_RE.fullmatch(line):
            _take(lines, i, _teaser_block_end(lines, i), "teaser", found)
        elif COMMENT_HEADING_RE.fullmatch(line):
            _take(lines, i, _comment_block_end(lines, i), "comment", found)
        elif POLL_HEADING_RE.fullmatch(line):
            _take(lines, i, _poll_block_end(lines, i), "other", found)
        elif _ATTRIBUTION_RE.fullmatch(line):
            _take(lines, i, i + 1, "outlet", found)
        elif "air use" in line and _FAIR_USE_RE.fullmatch(line):  # cheap pre-check first
            _take(lines, i, i + 1, "other", found)
        elif TEASER_LINE_RE.fullmatch(line) or _is_glued_links(line) or _ALSO_ON_RE.fullmatch(line):
            _take(lines, i, i + 1, "teaser", found)
        elif _CAPTION_LINE_RE.fullmatch(line):
            _take(lines, i, i + 1, "other", found)
            _take_tail_caption(lines, i, found)
        elif len(line) <= 80 and "/" in line and _SLASH_CREDIT_RE.fullmatch(line):
            _take(lines, i, i + 1, "other", found)
        elif len(line) <= 60 and "/" in line and _WIRE_CREDIT_RE.fullmatch(line):
            _take(lines, i, i + 1, "other", found)
            above = [j for j in range(i) if lines[j]]
            if 0 < len(above) <= 2 and _DATED_CAPTION_RE.fullmatch(lines[above[-1]]):
                _take(lines, above[-1], above[-1] + 1, "other", found)
    return lines


def _caption_end(text: str, start: int) -> int | None:
    """End of the caption whose text begins at ``start``, or None if unsure."""
    tokens = list(re.finditer(r"\S+", text[start : start + 300]))
    for n, tok in enumerate(tokens[:7]):
        word = tok.group()
        if n > 0 and word in _STARTERS:
            return start + tokens[n - 1].end()  # "Photo: AFP | The minister said"
        if not _CREDIT_TOKEN_RE.fullmatch(word.rstrip(",;")):
            break
    m = _SENTENCE_END_RE.search(text, start, start + 300)
    return m.end() if m else None


def _is_lead_caption(out: list[str]) -> bool:
    """The last line of ``out`` is a caption: a sentence, one of the page's first two lines.

    Asked when the line after it was nothing but a credit ("(Agency photo: Name)").  Only at
    the top, where the picture sits: lower down the line above a credit is as often the
    body's last sentence (one page in ../shared/data ends "... date location.\n\n(Image
    via: ...)").
    """
    if not out or not out[-1] or sum(1 for x in out if x) > 2:
        return False
    return len(out[-1]) <= _CAPTION_LEAD_CHARS and out[-1].endswith(_TERMINAL)


def strip_captions(lines: list[str], found: Findings) -> list[str]:
    """Cut photo captions and credits glued into running text."""
    out: list[str] = []
    for line in lines:
        if not _CAPTION_HINT_RE.search(line):
            out.append(line)  # cheap pre-check: most lines have no caption
            continue
        for paren in _CAPTION_PAREN_RE.finditer(line):
            found.remove("other", paren.group().strip())
        bare = _CAPTION_PAREN_RE.sub(" ", line)
        if not bare.strip() and _is_lead_caption(out):
            found.remove("other", out.pop())  # "Caption.\n(Agency photo: Name)" at the top
            out.append("")
        line = " ".join(bare.split())
        pos = 0
        while (m := _CAPTION_INLINE_RE.search(line, pos)) is not None:
            end = _caption_end(line, m.end())
            if end is None:
                pos = m.end()
                continue
            found.remove("other", line[m.start("marker") : end])
            head, tail = line[: m.start("marker")].rstrip(), line[end:].lstrip()
            line = f"{head} {tail}".strip() if head and tail else head or tail
            pos = len(head)
        out.append(line)
    return out
