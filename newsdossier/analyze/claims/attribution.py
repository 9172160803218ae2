"""Who says it: the source of the claims in one sentence (issue 5).

Recognised, in this order (first match wins):

1. ``according to X`` / ``citing X``                      -> X (named, anonymous or document)
2. ``a June 2007 report by X`` / ``a statement from X``   -> X, kind ``document``
3. ``X's report``                                          -> X, kind ``named``
4. ``X said`` / ``X, the group's spokesman, said`` / ``..., said X`` / ``he said``
   / ``an official who asked not to be named told OUTLET`` (kind ``anonymous``,
   ``via`` OUTLET)

Kinds: a source with a tagged name, a capitalised name or a definite institution
("the interior ministry") is ``named``; an unnamed person ("a prosecutor",
"officials", "the official") or any source with an anonymity marker ("who asked
not to be named", "informed source") is ``anonymous``.  A pronoun speaker ("he
told reporters") is the last speaker or person of the document.

Offsets are absolute (into ``Document.text``).  ``mask`` spans the whole
attribution (speaker, verb, relative clause): claim values, subjects and hedges
are not looked for inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Mention
from .lexicon import attribution
from .values import NAME

__all__ = ["DocContext", "Source", "find_source", "quote_spans"]

_QUOTES = re.compile(r"“[^”]{2,}”|\"[^\"]{2,}\"|«[^»]{2,}»|‘[^’]{8,}’(?!\w)")
_NP_END = re.compile(r"[,.;:!?()]|\s+(?:that|who|which|as|in\s+a|on\s+\w+day)\b|\s+[\"“]")
_PRONOUN = re.compile(r"\b(he|she|they|it)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
_NAME_RE = re.compile(NAME)
_WORDS = re.compile(r"[\w-]+")
_REL_TAIL = r"(?P<rel>(?:,?\s+who\s+[^;]*?|,\s+[^,;]{1,80},)?)\s*$"
_TOLD = re.compile(
    rf"\s*(?P<via>(?:an?\s+|the\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}(?:newspaper|agency|broadcaster|"
    rf"channel|radio|television|website|magazine|daily|weekly)|{NAME}|reporters|journalists"
    rf"|the\s+court|the\s+[a-z]+|[a-z]+)"
)
_ADVERBS = r"(?:(?:also|later|then|recently|previously|has|have|had|once|publicly|repeatedly|[a-z]+ly)\s+)*"
_GAP_OK = re.compile(
    rf"\s*,?\s*{_ADVERBS}|\s*,[^,;]{{1,90}},\s*{_ADVERBS}|\s*\([^)]{{1,20}}\)\s*{_ADVERBS}"
    rf"|['’]s\s+(?:[\w-]+\s+){{0,3}}{_ADVERBS}"
)
_DETERMINER = re.compile(r"\b(?:the|a|an|one|two|three|several|some|many)\s", re.I)
_REL_TAIL_RE = re.compile(_REL_TAIL, re.I)
_HEAD_RE = re.compile(
    r"(?:\b(?:the|a|an|one|two|three|several|some|many|other|senior|two\s+senior)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Source:
    name: str | None
    kind: str  # named | anonymous | document | outlet | author
    start: int = -1
    end: int = -1
    via: str | None = None
    quote: str = "none"  # direct | indirect | none
    mask: tuple[int, int] = (-1, -1)


@dataclass(slots=True)
class DocContext:
    """What earlier sentences of the document tell about later ones."""

    outlet: str | None = None
    author: str | None = None
    last_speaker: Source | None = None
    last_person: Mention | None = None
    orgs: list[Mention] = field(default_factory=list)  # organisation mentions so far, in order
    speakers: set[str] = field(default_factory=set)  # name keys of outlets spoken to / publishing


def quote_spans(sent: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTES.finditer(sent)]


def _in(spans: list[tuple[int, int]], i: int) -> bool:
    return any(a < i < b for a, b in spans)


def _np_after(sent: str, i: int, limit: int = 90) -> int:
    """End of the noun phrase that starts at ``i``."""
    m = _NP_END.search(sent, i, min(len(sent), i + limit))
    return m.start() if m else min(len(sent), i + limit)


def _role_before(sent: str, end: int) -> tuple[int, int] | None:
    """The role noun phrase ending right before ``end`` ("an official ... who asked not
    to be named" before "told"), as ``(start, end)`` of the phrase, or ``None``.

    Scans for head nouns (one alternation, fast) from the last one back, and accepts
    the first whose tail up to ``end`` is empty, an appositive or a who-clause; a
    single regex anchored at the verb was quadratic and cost ~4 ms a document.
    """
    lo = max(0, end - 160)
    nouns = list(attribution().role_noun.finditer(sent, lo, end))
    for n in reversed(nouns):
        if _REL_TAIL_RE.fullmatch(sent, n.end(), end):
            h = _HEAD_RE.search(sent, max(lo, n.start() - 60), n.start())
            return (h.start() if h else n.start()), n.end()
    return None


def _kind(text: str, sent: str, has_name: bool) -> str:
    lex = attribution()
    if lex.anonymous.search(sent) and not has_name:
        return "anonymous"
    if lex.anonymous.search(text):
        return "anonymous"
    if has_name:
        return "named"
    words = text.lower().split()
    if not words:
        return "anonymous"
    if "of" in words[1:]:  # "critics of the group": the head comes before "of"
        words = words[: words.index("of", 1)]
    head = words[-1]
    if head in lex.documents:
        return "document"
    if head in lex.institutions:
        return "named"  # "police", "the interior ministry", "Marrowland police"
    if head in lex.people:
        return "anonymous"  # "officials", "a Front commander", "Vostanian officials"
    return "named" if _NAME_RE.search(text) else "anonymous"


def _named_in(mentions: list[Mention], a: int, b: int) -> Mention | None:
    # only a person's or organisation's name makes a source named: "Vostanian
    # officials" (a nationality) and "a Marrowland official" (a place) stay anonymous
    inside = [
        m for m in mentions if m.start >= a and m.end <= b and m.type in ("person", "organization")
    ]
    people = [m for m in inside if m.type == "person"]
    best = people or inside
    return best[-1] if best else None


def _make(sent: str, off: int, a: int, b: int, mentions: list[Mention], **kw: object) -> Source:
    text = sent[a:b].strip(" ,")
    a = a + (len(sent[a:b]) - len(sent[a:b].lstrip(" ,")))
    b = a + len(text)
    named = _named_in(mentions, off + a, off + b)
    kind = kw.pop("kind", None) or _kind(text, sent, named is not None)
    return Source(text or None, str(kind), off + a, off + b, **kw)  # type: ignore[arg-type]


def find_source(sent: str, off: int, mentions: list[Mention], ctx: DocContext) -> Source | None:
    """The source of the claims in ``sent`` (starting at ``off``), or ``None``."""
    lex = attribution()
    quotes = quote_spans(sent)
    quote = "direct" if quotes else "indirect"
    m = lex.according.search(sent)
    if m and not _in(quotes, m.start()):
        end = _np_after(sent, m.end())
        d = lex.document_by.match(sent, m.end())
        if d:
            return _make(sent, off, d.start("src"), d.end("src"), mentions, kind="document",
                         quote=quote, mask=(off + m.start(), off + d.end()))  # fmt: skip
        return _make(
            sent, off, m.end(), end, mentions, quote=quote, mask=(off + m.start(), off + end)
        )
    # the document patterns start with a name alternation and are costly to scan:
    # only try them when a document noun ("report", "statement") is in the sentence
    has_doc = not lex.documents.isdisjoint(_WORDS.findall(sent.lower()))
    d = lex.document_by.search(sent) if has_doc else None
    if d and not _in(quotes, d.start()):
        return _make(sent, off, d.start("src"), d.end("src"), mentions, kind="document",
                     quote=quote, mask=(off + d.start(), off + d.end()))  # fmt: skip
    d = lex.document_of.search(sent) if has_doc else None
    if d and not _in(quotes, d.start()):
        return _make(sent, off, d.start("src"), d.end("src"), mentions, kind="named",
                     quote=quote, mask=(off + d.start(), off + d.end()))  # fmt: skip
    for v in lex.verbs.finditer(sent):
        if _in(quotes, v.start()):
            continue
        src = _speaker_before(sent, off, v, mentions, ctx, quote) or _speaker_after(
            sent, off, v, mentions, quote
        )
        if src is not None:
            return src
    return None


def _via(sent: str, v: re.Match[str]) -> tuple[str | None, int]:
    if v.group() not in ("told", "tells"):
        return None, v.end()
    t = _TOLD.match(sent, v.end())
    if not t:
        return None, v.end()
    return t.group("via"), t.end()


def _speaker_before(
    sent: str, off: int, v: re.Match[str], mentions: list[Mention], ctx: DocContext, quote: str
) -> Source | None:
    before = sent[: v.start()]
    via, vend = _via(sent, v)
    if quote == "direct" and not (
        before.rstrip().endswith((",", "”", '"'))
        or sent[vend:].lstrip().startswith(("“", '"', ":"))
    ):
        quote = "direct" if quote_spans(sent) else "indirect"
    p = _PRONOUN.search(before)
    if p:
        last = ctx.last_speaker
        if last is not None and last.kind in ("named", "anonymous"):
            return Source(last.name, last.kind, last.start, last.end, via or last.via, quote,
                          (off + p.start(), off + vend))  # fmt: skip
        if ctx.last_person is not None:
            lp = ctx.last_person
            return Source(
                lp.text, "named", lp.start, lp.end, via, quote, (off + p.start(), off + vend)
            )
        return None
    near = [
        m
        for m in mentions
        if m.end - off <= v.start() and _GAP_OK.fullmatch(sent[m.end - off : v.start()])
    ]
    role = _role_before(sent, v.start())
    if near:
        m = near[-1]
        start = m.start - off
        if role and role[0] < start and not sent[role[0] : start].strip(" ,").count(","):
            start = role[0]  # "Qasrun's Justice Minister Tariq Sabirzadeh"
        kind = "anonymous" if attribution().anonymous.search(sent[start : v.start()]) else "named"
        name = m.text
        gap = sent[m.end - off : v.start()]
        if gap.startswith(("'s", "’s")):  # "Zaravand's interior minister said"
            name = sent[m.start - off : v.start()].strip(" ,")
            name = re.sub(rf"\s+{_ADVERBS}$", "", name + " ").strip()
        return Source(name, kind, m.start, m.end, via, quote, (off + start, off + vend))
    if role:
        a, b = role
        det = _DETERMINER.search(sent, a, b)
        if det and det.start() > a and not _DETERMINER.match(sent, a) and sent[a].islower():
            a = det.start()  # "heard a statement from a former member" -> "a former member"
        src = _make(sent, off, a, b, mentions, via=via, quote=quote, mask=(off + a, off + vend))
        if attribution().anonymous.search(sent[a : v.start()]):
            src = Source(src.name, "anonymous", src.start, src.end, via, quote, src.mask)
        return src
    return None


def _speaker_after(
    sent: str, off: int, v: re.Match[str], mentions: list[Mention], quote: str
) -> Source | None:
    before = sent[: v.start()].rstrip()
    if not before.endswith((",", "”", '"', "’")):
        return None
    after = [m for m in mentions if 0 <= m.start - off - v.end() <= 40]
    end = _np_after(sent, v.end())
    if after:
        m = after[0]
        return Source(m.text, "named", m.start, m.end, None, "direct" if quote_spans(sent) else "indirect",
                      (off + len(before), off + max(end, m.end - off)))  # fmt: skip
    role = attribution().role_np.match(sent, v.end() + 1)
    if role:
        return _make(sent, off, role.start(), role.end(), mentions,
                     quote="direct" if quote_spans(sent) else "indirect",
                     mask=(off + len(before), off + end))  # fmt: skip
    return None
