"""Multi-line blocks at the very end of a page: author bios, "About us" and contact boxes, link lists.

:func:`newsdossier.clean.edges.strip_tail` removes the page's last line while it is
furniture; the blocks here are furniture only as a whole (a bio is a sentence, a
contact box is a name and a phone number), so each finder looks at the last few
non-empty lines, decides on the whole block and returns where it starts.  Found
in ../shared/data (fakenewscorpus-sample): 14 author bios under the article, 7
press releases closing with "About X" / "Contact:" boxes, 3 "Sources:" / "Links:"
lists of URLs.  Every finder only ever looks at the end, so once a block is cut
the new last lines are judged afresh by the caller's loop (idempotence: a second
clean finds nothing, tested).
"""

from __future__ import annotations

import re

from .findings import Findings
from .lexicon import WRITER_NOUN_ALT

__all__ = ["cut_head_bio", "cut_tail_block", "is_author_bio", "read_bio"]

#: A bio is one paragraph; longer ones in ../shared/data run to about 500 characters.
_BIO_MAX_CHARS = 800
# After the author's name: an optional "(@handle)" or ", an appositive," then a verb
# of a bio ("Jane Roe is ...", "Jane Roe (@jroe) has been ...", "Jane Roe studies ...").
_BIO_VERB_RE = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s*[^,.]{1,60}?,?)?\s+"
    r"(?:is|was|has|have|had|studies|studied|writes|wrote|works|worked|lives|teaches|taught"
    r"|holds|serves|served|edits|runs|founded|authored|blogs|covers|reports|joined|earned)\b"
)
#: A bio printed one sentence a line has at most this many lines.
_BIO_MAX_LINES = 5
_BIO_GOES_ON_RE = re.compile(
    r"(?:He|She|They|His|Her|Their|Visit|Follow|Like|Contact|Email|E-mail|Reach|Find)\b"
)
#: Lines of a contact box ("Tel: +1 ...", "Suite 800, Dallas") are short.
_CONTACT_LINE_CHARS = 100
_CONTACT_MAX_LINES = 14
_CONTACT_HEAD_RE = re.compile(
    r"(?i:(?:media |press )?contact(?: us| me| details| info(?:rmation)?| person)?"
    r"|for (?:more|further) information(?:,? (?:please )?contact)?)\s*[:–—-]?"  # "Contact–"
)
#: An "About X" box is at most a few paragraphs, the last ones of the page.
_ABOUT_MAX_PARAGRAPHS = 4
_ABOUT_MAX_CHARS = 2500
_ABOUT_HEAD_RE = re.compile(
    r"About\s+(?P<who>(?i:us|me|the authors?|the writer)"
    r"|[A-Z0-9][\w&.'’-]*(?:,?\s+(?:[A-Z0-9][\w&.'’-]*|an?|the|of|and|&|for)){0,7})"
    r"\s*(?P<colon>:)?"
)
_FIRST_PERSON_RE = re.compile(r"(?:I|We|My|Our)\b")
#: A link list is a heading, then labels and URLs only.
_LINKS_MAX_LINES = 40
_LINK_LINE_CHARS = 200
_LINK_LABEL_CHARS = 80
_LINKS_HEAD_RE = re.compile(
    r"(?i:sources?|references?|links|useful links|further reading|resources"
    r"|for more information(?:,? see)?)\s*:?"
)
_URL_RE = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|edu|info|co\.uk)\b")
_TERMINAL = (".", "!", "?")
_LEADING_DASH_RE = re.compile(r"^[—–-]{1,2}\s*")
#: A line naming the writer in full at most this long is a credit, not news about them.
_CREDIT_LINE_CHARS = 100


def _name_part(author: str) -> str:
    """The first name of an author field ("Jane Roe, Staff Writer" -> "Jane Roe")."""
    return author.split(",")[0].strip()


def is_author_bio(line: str, author: str | None) -> bool:
    """``line`` is a bio of the document's own author: "NAME is/has been/studies ..."."""
    name = _name_part(author or "")
    if len(name.split()) < 2 or len(line) > _BIO_MAX_CHARS:
        return False
    line = _LEADING_DASH_RE.sub("", line)
    if not line.casefold().startswith(name.casefold()):
        return False
    return _BIO_VERB_RE.match(line, len(name)) is not None


# With no author known: "NAME (@handle), an appositive, is a/the ... <writer noun>" --
# present tense only ("X, a senior writer at Y, was the author of the post" is news about
# X).  Found in ../shared/data: 13 bios with no author field, 11 closing the page and 2
# opening it (issue 16).
_WRITER_BIO_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]{1,2}\.?|[A-Z][\w'’-]+)){1,3})"
    r"(?:\s*\([^()]{1,60}\))?(?:,\s*[^,.;:]{2,120}?,)?\s+(?:is|has\s+been)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[\w'’,-]+\s+){{0,8}}?(?i:{WRITER_NOUN_ALT})\b"
)
# "Later Webb was ...", "The Times is ...": words that start no name
_NOT_NAME_WORDS = frozenset(
    ["the", "this", "that", "these", "those", "later", "then", "now", "today", "here", "there",
     "when", "while", "but", "and", "our", "my", "his", "her", "their", "its", "every", "no"]
)  # fmt: skip
#: A bio opening the page goes on for at most this many lines ("He has written for ...").
_HEAD_BIO_MORE_LINES = 4


# "NAME has been a practicing accountant for 40 years. He ... writes on taxes at his
# blog", "NAME has been a professor since 1987 and his writings have appeared on ...": a bio
# with no writer noun, but one that says where the person writes (issue 16: two such
# closing bios in 7 FakeNewsCorpus pages read)
_WRITING_BIO_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]{1,2}\.?|[A-Z][\w'’-]+)){1,3})"
    r"(?:,\s*[^,.;:]{2,120}?,)?\s+(?:is|has\s+been)\s+(?:a|an|the)\s+"
    r"[^\n]{0,300}?\b(?:writes\s+(?:on|about|for|at)|(?:his|her|their)\s+writings|"
    r"(?:articles|columns|essays|writings)\s+have\s+appeared|(?:his|her|their)\s+(?:popular\s+)?blog)\b"
)


# Closing the page only, with no author known: "NAME, ..., is a graduate of / is the founder
# of / is an attorney / studies Law at / has authored ...": what a bio says of a person
# who appears nowhere else on the page (read_bio).  A news page does not end by
# introducing someone new in the present tense; at the top such a line is the lede
# about its subject, so cut_head_bio never reads it.  Fresh pages (seed 286) and the
# 239-page FakeNewsCorpus sample: 7 closing bios of writers with no writer noun, the
# 700 PTC train pages 3 (issue 16).
_ROLE_BIO_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]{1,2}\.?|[A-Z][\w'’-]+)){1,3})"
    r"(?:\s*\([^()]{1,60}\))?(?:,\s*[^,.;:]{2,120}?,)?\s+"
    r"(?:(?:is|has\s+been)\s+(?:(?:a|an)\s+(?:[\w'’-]+\s+){0,6}?|(?:the\s+)?(?=\w+\s+(?:and\s+\w+\s+)?"
    r"(?:of|at|with|for)\s)|the\s+(?=graduate|founder|co-founder|publisher))"
    r"(?i:graduate|founder|co-founder|president|director|attorney|lawyer|professor|fellow"
    r"|ceo|chairman|publisher|analyst|economist|strategist|consultant|advocate|activist"
    r"|researcher|scholar|pastor|lecturer|instructor|student|host|producer|faculty\s+member)\b"
    # a capitalised post: "is Commander of the Valley Camp", "is the Executive Director of X"
    r"|(?:is|has\s+been)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:of|at|for)\s+(?:the\s+)?[A-Z]"
    r"|studies\s+[^.\n]{2,80}?\bat\s+(?:the\s+)?[A-Z]"
    r"|has\s+(?:authored|written|published)\s"
    r"|is\s+best\s+known\s+(?:for|as)\b)"
)


def _bio_name(line: str, closing: bool = False) -> str | None:
    """The name a line of bio grammar opens with ("NAME, ..., is a ... journalist");
    ``closing``: a line that closes the page, where what a bio says of a person's job
    or studies is enough (``_ROLE_BIO_RE``)."""
    if len(line) > _BIO_MAX_CHARS:
        return None
    line = _LEADING_DASH_RE.sub("", line)  # "— Ana Holm is a writer ..." (seed 287)
    m = _WRITER_BIO_RE.match(line) or _WRITING_BIO_RE.match(line)
    if m is None and closing:
        m = _ROLE_BIO_RE.match(line)
    if m is None or m["name"].split()[0].lower() in _NOT_NAME_WORDS:
        return None
    return m["name"]


def read_bio(line: str, body: list[str], closing: bool = False) -> str | None:
    """The name of the author whose bio ``line`` is, with no author known, or ``None``.

    ``body`` is the rest of the article's lines: a person it names by surname is
    its subject, not its author ("X is a journalist who was detained ...", then
    "X's lawyer said ..."), so a surname found there is no bio.  Lines that go on
    about the author ("Follow Jane Roe @jroe") do not count, nor does a headline
    opening the page ("Jane Roe: Why the Vote Failed" names the columnist).
    ``closing``: the line closes the page (:func:`_bio_name`).
    """
    name = _bio_name(line, closing)
    if name is None:
        return None
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    first = next((i for i, x in enumerate(body) if x), None)
    if closing:
        if first is not None and not body[first].rstrip().endswith(_TERMINAL):
            body = body[first + 1 :]  # the headline line
        # the writer's own credit lines ("Copyright 2013 Jane Roe", "Received by Jane
        # Roe", "Jane-Roe") and speaker labels ("Jane Roe: Welcome back ...")
        full = re.compile(r"[\s-]+".join(re.escape(w) for w in name.split()), re.IGNORECASE)
        body = [x for x in body if not _credits_writer(x, full)]
    if any(x and not _BIO_GOES_ON_RE.match(x) and surname.search(x) for x in body):
        return None
    return name


def _credits_writer(line: str, full: re.Pattern[str]) -> bool:
    """A short line naming the writer in full, or the writer's speaker label."""
    if len(line) <= _CREDIT_LINE_CHARS and full.search(line):
        return True
    m = full.match(line)
    return m is not None and line.startswith(":", m.end())


def _goes_on(line: str, name: str) -> bool:
    """A line after a bio that is more of it: "He is ...", "Follow him ...", "Jane offers ..."."""
    first = line.split()[0] if line.split() else ""
    return bool(_BIO_GOES_ON_RE.match(line)) or first in name.split()


def cut_head_bio(lines: list[str], i: int, found: Findings) -> bool:
    """Remove the author's bio opening the body at ``lines[i]`` (and lines that go on with it)."""
    rest = [j for j in range(i + 1, len(lines)) if lines[j]]
    more = 0
    while more < min(_HEAD_BIO_MORE_LINES, len(rest) - 1) and _BIO_GOES_ON_RE.match(
        lines[rest[more]]
    ):
        more += 1
    if _bio_name(lines[i]) is None:  # cheap first: most first lines are no bio
        return False
    name = read_bio(lines[i], [lines[j] for j in rest[more:]])
    if name is None:
        return False
    end = rest[more - 1] + 1 if more else i + 1
    found.remove("byline", "\n".join(x for x in lines[i:end] if x))
    found.offer("author", name, "signature")
    for j in range(i, end):
        lines[j] = ""
    return True


def _writer_bio_block(lines: list[str], last: list[int]) -> tuple[int, str] | None:
    """Start and author of a bio closing the page when no author is known."""
    idx = last[-(_BIO_MAX_LINES + 1) :]
    for n in range(len(idx) - 1, 0, -1):  # idx[0] is kept: a page is never all bio
        start = idx[n]
        if _bio_name(lines[start], closing=True) is None:
            continue
        name = read_bio(lines[start], lines[:start], closing=True)
        if name is not None:
            if all(_goes_on(lines[j], name) for j in idx[n + 1 :]):
                return start, name
            return None
    return None


def _bio_block(lines: list[str], last: list[int], author: str | None) -> int | None:
    """Start of the author's bio closing the page, never its first paragraph.

    One paragraph, or (one sentence a line, as in ptc-semeval2020) a bio sentence and
    up to four more that go on about the author: "He is ...", "His new book ...",
    "Follow him ...".
    """
    if not author:
        return None
    idx = last[-(_BIO_MAX_LINES + 1) :]
    for n in range(len(idx) - 1, 0, -1):  # idx[0] is kept: a page is never all bio
        line = lines[idx[n]]
        if is_author_bio(line, author):
            return idx[n]
        if not _BIO_GOES_ON_RE.match(line) or len(line) > _BIO_MAX_CHARS:
            return None
    return None


def _last_nonempty(lines: list[str], n: int) -> list[int]:
    out: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if lines[i]:
            out.append(i)
            if len(out) == n:
                break
    return out[::-1]


def _contact_block(lines: list[str], last: list[int]) -> int | None:
    """Start of a "Contact:" box (heading, then only short lines) closing the page."""
    idx = last[-(_CONTACT_MAX_LINES + 1) :]
    for n in range(len(idx) - 2, -1, -1):  # the heading has at least one line under it
        line = lines[idx[n]]
        if len(lines[idx[n + 1]]) > _CONTACT_LINE_CHARS:
            return None
        if _CONTACT_HEAD_RE.fullmatch(line):
            return idx[n]
    return None


def _about_block(lines: list[str], last: list[int]) -> int | None:
    """Start of an "About us" / "About X:" box: its heading and the page's last paragraphs.

    "About X" without a colon must be followed by a paragraph that names X as written
    (or speaks in the first person), so that a closing subhead such as "About the
    plan" over body text stays.
    """
    idx = last[-(_ABOUT_MAX_PARAGRAPHS + 1) :]
    for n in range(len(idx) - 2, -1, -1):
        m = _ABOUT_HEAD_RE.fullmatch(lines[idx[n]])
        if m is None:
            continue
        block = [lines[i] for i in idx[n + 1 :]]
        if sum(map(len, block)) > _ABOUT_MAX_CHARS:
            return None
        who = m["who"]
        if (
            m["colon"]
            or who.lower() in ("us", "me", "the author", "the authors", "the writer")
            or who in block[0]
            or _FIRST_PERSON_RE.match(block[0])
        ):
            return idx[n]
    return None


def _is_link_line(line: str) -> bool:
    if len(line) > _LINK_LINE_CHARS:
        return False
    if _URL_RE.search(line) or line.endswith(":"):
        return True
    return len(line) <= _LINK_LABEL_CHARS and not line.endswith(_TERMINAL)


def _link_list(lines: list[str], last: list[int]) -> int | None:
    """Start of a "Sources:" / "Links:" list closing the page: labels and URLs, 1 in 3 a URL.

    Also the bare heading once its lines are gone (``strip_tail`` cuts "Label: URL" lines
    one at a time).
    """
    idx = last[-(_LINKS_MAX_LINES + 1) :]
    urls = 0
    for n in range(len(idx) - 1, -1, -1):
        line = lines[idx[n]]
        after = len(idx) - 1 - n
        if _LINKS_HEAD_RE.fullmatch(line):
            # alone, it is what is left once the caller has cut its link lines one by one
            return idx[n] if 3 * urls >= after else None
        if not _is_link_line(line):
            return None
        urls += bool(_URL_RE.search(line))
    return None


def _is_about_author(heading: str, author: str | None) -> bool:
    """A heading "About the author" / "About <the document's author>": a bio, not an outlet box."""
    m = _ABOUT_HEAD_RE.fullmatch(heading)
    who = m["who"].casefold() if m else ""
    return who in ("me", "the author", "the authors", "the writer") or (
        bool(author) and who == _name_part(author or "").casefold()
    )


# The outlet an author's bio names as the author's own: "X is a contributor to the Valley
# Examiner's opinion blog", "X is the contributors editor for the Valley Examiner." (issue
# 16: read on fakenewscorpus-sample pages whose only outlet is in the bio).  Not a former
# post ("a former reporter for X") nor a list of past ones ("has written for X and Y").
_BIO_OUTLET_RE = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the)\s+(?!former\b)(?:[\w-]+\s+){0,2}?"
    r"(?i:contributors?|writer|editor|columnist|reporter|correspondent|contributing editor)"
    r"\s+(?:editor\s+)?(?:to|for|at|with)\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w&-]*(?:\.[a-z]{2,6}\b)?(?:\s+[A-Z][\w&-]*){0,4}?)"
    r"(?=['’]s\b|[,.;]|\s+[a-z(]|$)"
)


def read_bio_outlet(text: str) -> str | None:
    """The outlet a bio says its author writes for, or ``None`` (see ``_BIO_OUTLET_RE``)."""
    m = _BIO_OUTLET_RE.search(text)
    return m["outlet"] if m is not None else None


def cut_tail_block(lines: list[str], found: Findings) -> bool:
    """Remove one furniture block from the end of ``lines`` (in place); True if one was cut."""
    author = found.get("author")
    # the last non-empty lines, as many as the longest block may have; each finder slices it
    last = _last_nonempty(lines, _LINKS_MAX_LINES + 1)
    start = _bio_block(lines, last, author)
    if start is None and not author and (bio := _writer_bio_block(lines, last)) is not None:
        start = bio[0]
        found.offer("author", bio[1], "signature")
    if start is not None:
        bio_text = "\n".join(x for x in lines[start:] if x)
        found.offer("outlet", read_bio_outlet(bio_text), "mention")
        found.remove("byline", bio_text)
        del lines[start:]
        return True
    for finder, kind in (
        (_contact_block, "other"),
        (_about_block, "outlet"),
        (_link_list, "other"),
    ):
        start = finder(lines, last)
        if start is not None:
            if kind == "outlet" and _is_about_author(lines[start], author):
                kind = "byline"
            found.remove(kind, "\n".join(x for x in lines[start:] if x))
            del lines[start:]
            return True
    return False
