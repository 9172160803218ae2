"""Claims of one document: clause, subject, attribute, value, source, hedge (issue 5).

Runs after sentences and mentions; uses no parser (spaCy runs NER + senter
only), just the compiled patterns of ``data/claims/attributes.yml`` over each
sentence, so it costs well under a millisecond per sentence.  For each match:

- the **clause** is the part of the sentence between ``;`` / ``, but`` /
  ``, while`` boundaries that holds the match;
- the **subject** is the nearest entity mention before the match in the clause,
  unless an anaphor ("the group", "its", "they") is nearer, which resolves to
  the last organisation mentioned before it in the document; failing both, the
  first mention after the match;
- the **source** comes from :mod:`.attribution`; a quote sentence with no
  attribution of its own continues the previous speaker; with none at all it
  is the article's author (kind ``author``) or outlet (kind ``outlet``);
- the **hedge** is the first hedge of ``data/hedges.yml`` in the clause outside
  the attribution; a negation before the value makes ``status`` ``negated``;
  questions (a sentence ending in "?") are not claims at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Claim, Document, Mention, Sentence
from ...registry import analyzers
from ...settings import Settings
from ..entities.names import name_key
from ..pipeline import Work
from .attribution import DocContext, Source, find_source, quote_spans
from .lexicon import AttributeSpec, attribute_specs, hedges
from .values import normalize_value

__all__ = ["ClaimExtractor", "extract_claims"]

ANALYZER = "newsdossier.claims"
VERSION = "1"

_CLAUSE_BREAK = re.compile(r";|\n|,\s+(?:but|while|whereas|although)\s+|\s+but\s+|:\s+(?=[A-Z])")
# The statistical senter often runs two sentences together in scraped text
# ("... front charities.  Defenders of ..."): split again after end punctuation
# unless it ends a common abbreviation ("Mrs.", "Jun.").
_SUBSENT = re.compile(r"(?P<end>[.!?])[”\"’)]?(?=\s+[“\"‘(]?[A-Z])|\n+")
_ABBREV = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "No",
        "Gen",
        "Col",
        "Lt",
        "Sgt",
        "Capt",
        "Prof",
        "Rev",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "U.S",
        "U.N",
    ]
)
_WORDS = re.compile(r"[\w-]+")
_LAST_WORD = re.compile(r"([\w.]+)$")
_APPOSITIVE = re.compile(r",[^,;]{1,90},\s*(?:[a-z]+\s+){0,2}$")
_ANAPHOR = re.compile(
    r"\b(?:(?:the|this|that|her|his|whose)\s+(?:[a-z-]+\s+)?(?P<noun>group|organi[sz]ation|movement|"
    r"cult|council|party|militia|outfit|brigades?|front|network|faction)|it|its|they|their)\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|neither|nor|denied|denies|deny|untrue|false)\b|n[’']t\b", re.I
)
_ASOF = re.compile(
    r"\b(?:(?P<last>last year)|(?:in|by|as of|since|until)\s+(?P<year>1[89]\d\d|20\d\d))\b", re.I
)
_SCOPE = re.compile(
    r"^[^.;]{0,45}?\b(?:(?:in|at|inside|across|throughout)\s+(?P<place>(?-i:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|the\s+camps?|the\s+country|exile)"
    r"|(?P<word>worldwide|abroad|overseas|in total|in all|at home))",
    re.I,
)
_SUBJECT_TYPES = ("organization", "person", "other")
_CLAIMS_TO = re.compile(r"\bclaim(?:s|ed)? to\b", re.I)
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class _Match:
    spec: AttributeSpec
    start: int  # in the sentence
    end: int
    v_start: int  # -1 when the pattern has no value here
    v_end: int


def _matches(sent: str) -> list[_Match]:
    words = set(_WORDS.findall(sent.lower()))
    found: list[_Match] = []
    for spec in attribute_specs():
        if spec.triggers and spec.triggers.isdisjoint(words):
            continue
        for pat in spec.patterns:
            for rm in pat.finditer(sent):
                vs, ve = rm.span("v") if rm.group("v") else (-1, -1)
                if spec.value == "number" and _BARE_YEAR.fullmatch(sent[vs:ve]):
                    continue  # "March 14, 2011 when gunmen ...": a date, not a count
                found.append(_Match(spec, rm.start(), rm.end(), vs, ve))
    # one claim per (attribute, value): keep the first pattern that found it
    out: list[_Match] = []
    for m in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if any(o.spec.name == m.spec.name and o.start <= m.start < o.end for o in out):
            continue
        if m.v_start >= 0 and any(
            o.spec.name == m.spec.name and (o.v_start, o.v_end) == (m.v_start, m.v_end) for o in out
        ):
            continue
        out.append(m)
    return out


def _clause(sent: str, i: int) -> tuple[int, int]:
    start, end = 0, len(sent)
    for b in _CLAUSE_BREAK.finditer(sent):
        if b.end() <= i:
            start = b.end()
        elif b.start() > i:
            end = b.start()
            break
    while start < end and sent[start].isspace():
        start += 1
    while end > start and sent[end - 1] in " \t\n.":
        end -= 1
    return start, end


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def _last_org_before(
    ctx: DocContext, pos: int, avoid: tuple[int, int], noun: str | None = None
) -> Mention | None:
    """The organisation an anaphor at ``pos`` refers to: the last one whose name holds
    the anaphor's noun ("the council" -> "National Council of ..."), else the last one."""
    i = bisect.bisect_left([m.start for m in ctx.orgs], pos)
    cands = [m for m in reversed(ctx.orgs[:i]) if not _overlaps(m.start, m.end, *avoid)]
    if noun:
        stem = noun.lower().rstrip("s")[:6]
        for m in cands:
            if stem in m.text.lower():
                return m
        return _salient_org(ctx) or (cands[0] if cands else None)
    return cands[0] if cands else None


def _salient_org(ctx: DocContext) -> Mention | None:
    """The organisation named most often so far (its latest mention)."""
    if not ctx.orgs:
        return None
    counts: dict[str, int] = {}
    for m in ctx.orgs:
        if m.key not in ctx.speakers:  # the outlet of a dateline "(ZNA)" is not the topic
            counts[m.key] = counts.get(m.key, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda k: counts[k])
    return next(m for m in reversed(ctx.orgs) if m.key == top)


def _subject(
    sent_mentions: list[Mention], off: int, clause: tuple[int, int], match: _Match,
    sent: str, src: Source | None, ctx: DocContext,
) -> Mention | None:  # fmt: skip
    a = off + clause[0]
    vspan = (off + match.v_start, off + match.v_end) if match.v_start >= 0 else (-1, -1)
    mask = src.mask if src else (-1, -1)

    def usable(m: Mention) -> bool:
        return not _overlaps(m.start, m.end, *vspan) and not _overlaps(m.start, m.end, *mask)

    before = [
        m for m in sent_mentions if a <= m.start and m.end <= off + match.start + 1 and usable(m)
    ]
    app = _APPOSITIVE.search(sent, clause[0], match.start)
    if app:  # "the Brigades, the armed wing of the JAMZ, were ...": skip the appositive
        inner = [m for m in before if off + app.start() <= m.start]
        if len(inner) < len(before):
            before = [m for m in before if m not in inner]
    preferred = [m for m in before if m.type in _SUBJECT_TYPES]
    best = preferred[-1] if preferred else None
    anaphors = [
        x for x in _ANAPHOR.finditer(sent, clause[0], match.end)
        if not _overlaps(off + x.start(), off + x.end(), *mask)
        and not _overlaps(off + x.start(), off + x.end(), *vspan)
    ]  # fmt: skip
    if anaphors and (best is None or off + anaphors[-1].start() > best.end):
        org = _last_org_before(ctx, off + anaphors[-1].start(), mask, anaphors[-1].group("noun"))
        if org is not None:
            return org
    if best is not None:
        return best
    if before:
        return before[-1]
    after = [m for m in sent_mentions if off + match.end <= m.start < off + clause[1] and usable(m)
             and m.type in _SUBJECT_TYPES]  # fmt: skip
    if after:
        return after[0]
    return _salient_org(ctx) if match.spec.profile != "attacks" else None


def _hedge(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for label, rx in hedges():
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), label)
    return best[1] if best else None


def _claims_to(text: str, mask: tuple[int, int]) -> str | None:
    """ "X claims to have ...": the attribution verb is also the hedge."""
    if mask[0] >= 0 and _CLAIMS_TO.search(text, mask[0], min(len(text), mask[1] + 4)):
        return "claims"
    return None


def _blank(text: str, start: int, mask: tuple[int, int]) -> str:
    a, b = max(mask[0] - start, 0), min(mask[1] - start, len(text))
    if a >= b:
        return text
    return text[:a] + " " * (b - a) + text[b:]


def _as_of(text: str, value: tuple[int, int], doc: Document) -> str | None:
    found = [m for m in _ASOF.finditer(text) if not _overlaps(m.start(), m.end(), *value)]
    found.sort(key=lambda m: abs(m.start() - value[1]) if value[0] >= 0 else 0)
    for m in found[:1]:
        if m.group("last"):
            if doc.published is None:
                return None
            return str(int(doc.published.value[:4]) - 1)
        return m.group("year")
    return None


def _quote(s: str, off: int, match: _Match, src: Source | None) -> str:
    """direct: the value is inside quotation marks; indirect: reported speech; else none."""
    if src is None:
        return "none"
    if src.quote == "direct" and not quote_spans(s):
        return "direct"  # a quote sentence continuing the previous speaker
    i = match.v_start if match.v_start >= 0 else match.start
    return "direct" if any(a < i < b for a, b in quote_spans(s)) else "indirect"


def _default_source(doc: Document) -> Source:
    if doc.author:
        return Source(doc.author, "author")
    return Source(doc.outlet, "outlet")


def _subsentences(sentences: Sequence[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    for sent in sentences:
        a = 0
        for m in _SUBSENT.finditer(sent.text):
            if m.group("end") == ".":  # "Mrs. Navazei", "Jun. 12", "J. Smith": no break
                w = _LAST_WORD.search(sent.text, max(0, m.start() - 12), m.start())
                if w and (w.group(1) in _ABBREV or len(w.group(1)) == 1):
                    continue
            cut = m.end() if m.group().strip() else m.start()
            piece = sent.text[a:cut]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                p = piece.strip()
                out.append(
                    Sentence(sent.doc_id, sent.start + a + lead, sent.start + a + lead + len(p), p)
                )
            a = m.end()
        piece = sent.text[a:]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            p = piece.strip()
            out.append(
                Sentence(sent.doc_id, sent.start + a + lead, sent.start + a + lead + len(p), p)
            )
    return out


def extract_claims(
    doc: Document, sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> list[Claim]:
    """Every claim of one document (see module docstring)."""
    text = doc.text
    ctx = DocContext(outlet=doc.outlet, author=doc.author)
    ctx.speakers.update(name_key(x) for x in (doc.outlet, doc.author) if x)
    ms = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ms]
    out: list[Claim] = []
    prev_src: Source | None = None
    for sent in _subsentences(sentences):
        s, off = sent.text, sent.start
        lo, hi = bisect.bisect_left(starts, off), bisect.bisect_left(starts, sent.end)
        sm = ms[lo:hi]
        is_question = s.rstrip(" ”\"’'").endswith("?")
        matches = [] if is_question else _matches(s)
        # attribution is only needed for claims, and for the speakers later sentences
        # refer back to ("he said", a quote continuing); skipping it elsewhere halves the cost
        need_src = matches or any(q in s for q in '“"') or any(m.type == "person" for m in sm)
        src = find_source(s, off, sm, ctx) if need_src and not is_question else None
        if src is not None and src.via:
            ctx.speakers.add(name_key(src.via))
        if not is_question:
            if src is None and prev_src is not None and s.lstrip().startswith(("“", '"')):
                src = Source(prev_src.name, prev_src.kind, prev_src.start, prev_src.end,
                             prev_src.via, "direct")  # fmt: skip
            for match in matches:
                claim = _claim(doc, text, s, off, sm, match, src, ctx)
                if claim is not None:
                    out.append(claim)
        if src is not None and src.kind in ("named", "anonymous"):
            ctx.last_speaker = src
        prev_src = src
        for m in sm:
            if m.type == "person":
                ctx.last_person = m
            if m.type == "organization" and not (src and _overlaps(m.start, m.end, *src.mask)):
                ctx.orgs.append(m)
    return out


def _claim(
    doc: Document, text: str, s: str, off: int, sm: list[Mention], match: _Match,
    src: Source | None, ctx: DocContext,
) -> Claim | None:  # fmt: skip
    clause = _clause(s, match.start)
    mask = src.mask if src else (-1, -1)
    if match.v_start >= 0 and _overlaps(off + match.v_start, off + match.v_end, *mask):
        return None  # the "value" is part of the attribution ("a June 2007 report")
    if _overlaps(off + match.start, off + match.end, *mask) and match.v_start < 0:
        return None
    subj = _subject(sm, off, clause, match, s, src, ctx)
    value = s[match.v_start : match.v_end] if match.v_start >= 0 else None
    vs, ve = (off + match.v_start, off + match.v_end) if value is not None else (-1, -1)
    if value is not None:
        for m in sm:  # a name value snaps to the mention it holds
            if match.spec.value == "name" and vs <= m.start and m.end <= ve:
                vs, ve, value = m.start, m.end, m.text
                break
    cs, ce = off + clause[0], off + clause[1]
    if not (cs <= off + match.start and off + match.end <= ce):
        cs, ce = min(cs, off + match.start), max(ce, off + match.end)
    clause_text = _blank(text[cs:ce], cs, mask)
    neg_zone = clause_text[: max(0, (ve if ve > 0 else off + match.end) - cs)]
    status = "negated" if _NEGATION.search(neg_zone) else "asserted"
    source = src or _default_source(doc)
    scope = None
    sc = _SCOPE.match(text, ve if ve > 0 else off + match.end, ce) if match.spec.over_time else None
    if sc:
        scope = (sc.group("place") or sc.group("word") or "").lower() or None
    return Claim(
        doc_id=doc.id, start=cs, end=ce, text=text[cs:ce], attribute=match.spec.name,
        subject_start=subj.start if subj else -1, subject_end=subj.end if subj else -1,
        subject_text=subj.text if subj else "", value=value, value_start=vs, value_end=ve,
        norm=normalize_value(match.spec.value, value), source_name=source.name,
        source_kind=source.kind, source_start=source.start, source_end=source.end,
        via=source.via, quote=_quote(s, off, match, src), hedge=_hedge(clause_text) or _claims_to(text, mask),
        status=status, scope=scope,
        as_of=_as_of(text[cs:ce], (vs - cs, ve - cs) if vs >= 0 else (-1, -1), doc)
        if match.spec.over_time else None,
        analyzer=f"{ANALYZER}.v{VERSION}", version=VERSION,
    )  # fmt: skip


@dataclass
class ClaimExtractor:
    settings: Settings
    name: str = ANALYZER
    version: str = VERSION
    requires: tuple[str, ...] = ("sentences", "mentions")
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, batch: Sequence[Work]) -> None:
        for work in batch:
            work.extra["claims"] = extract_claims(work.document, work.sentences, work.mentions)


@analyzers.register("newsdossier.claims.v1")
def make_claim_extractor(settings: Settings) -> ClaimExtractor:
    return ClaimExtractor(settings)
