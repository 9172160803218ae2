"""Name statements in one document: acronym definitions, alias statements and
simple relations, each with the sentence that asserts it and who asserts it.

A statement is found between two *name spans* of one sentence: the span after
a tagger mention (or a capitalised phrase / bracketed acronym the tagger
missed, which then becomes a mention of its own) and a short connector
("Full Name (FN)", "X, also known as Y", "Y, the armed wing of X",
"X, led by Y", "Y, wife of X").  Nothing is merged here: the corpus-level
resolver (``newsdossier.resolve.entities``) decides what a statement means,
so a source calling a group's wing "an alias" of the group stays a claim.

Cost: one anchored regex attempt per (mention, rule) on a window of at most
``_WINDOW`` characters — about 0.3 ms for a 600-word article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Mention, NameLink
from ...names import is_language_word, is_sentence_word
from ...registry import analyzers
from ...settings import Settings
from ..pipeline import Work
from .mentions import LABEL_TYPES
from .names import (
    acronyms_of,
    country_names,
    demonyms,
    honorifics,
    is_acronym,
    name_key,
    org_words,
)

__all__ = [
    "ALIAS_CLAIM_KINDS",
    "ALIAS_KINDS",
    "RELATION_KINDS",
    "NameStatements",
    "find_statements",
]

#: Kinds that say two names are one actor (the resolver may merge them).
ALIAS_KINDS = ("acronym", "alias", "renamed", "real-name")
#: Kinds that *claim* two names are one actor without being a naming convention
#: ("the NCZR is merely an alias of the JAMZ", "X is a front for Y"): a partisan
#: assertion, kept as a claim and never merged (issue 16).
ALIAS_CLAIM_KINDS = ("alias-claim",)
#: Kinds that relate two different actors (``a <kind> b``).
RELATION_KINDS = (
    "leader_of", "founder_of", "member_of", "wing_of", "part_of", "ally_of", "supported_by",
    "located_in", "spouse_of",
)  # fmt: skip

_WINDOW = 120
_THE = r"(?:the\s+|The\s+)?"
# A name the tagger missed: capitalised words joined by spaces, hyphens or
# lower-case particles ("Brigades of the People's Liberation Movement").
_NAME = re.compile(
    r"[A-Z][\w'’.&]*(?:(?:[ \t]+|-)(?:(?:of|the|and|for|al|el|e|ye|i|de|ul|ol|ud|ad|bin|ibn|bint)(?:[ \t]+|-))*[A-Z0-9][\w'’&]*)*"
)
# in a list "A, B and the C" the "and" separates names
_NAME_IN_LIST = re.compile(_NAME.pattern.replace("of|the|and|for", "of|the|for"))
_ADJ_WORDS = "so-called|self-styled|current|former|new|top|supreme|deputy|longtime|late|armed|military|political|youth|student|paramilitary|propaganda|media|terrorist|main|chief|close|key|local|regional|foreign"
_ADJ = r"(?:(?:" + _ADJ_WORDS + r")\s+)*"
_ROLE_WORDS = {
    "leader": "leader_of", "head": "leader_of", "chief": "leader_of", "commander": "leader_of",
    "president": "leader_of", "chairman": "leader_of", "chairwoman": "leader_of",
    "secretary-general": "leader_of", "secretary general": "leader_of",
    "founder": "founder_of", "co-founder": "founder_of",
    "member": "member_of", "official": "member_of", "spokesman": "member_of",
    "spokeswoman": "member_of", "spokesperson": "member_of", "fighter": "member_of",
    "wife": "spouse_of", "husband": "spouse_of", "widow": "spouse_of", "spouse": "spouse_of",
    "ally": "ally_of", "wing": "wing_of", "arm": "wing_of", "front": "wing_of",
    "part": "part_of", "branch": "part_of", "unit": "part_of", "affiliate": "part_of",
    "offshoot": "part_of", "faction": "part_of", "subsidiary": "part_of",
}  # fmt: skip
_ROLES = "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str  # a kind, or "role" (the matched role word decides)
    connector: re.Pattern[str]  # anchored right after the first name
    swap: bool = False  # the relation reads "second <kind> first"
    head: re.Pattern[str] | None = None  # must match the text before the first name
    tail: re.Pattern[str] | None = None  # must match right after the second name
    second_is_acronym: bool | None = None  # True: second must be, False: first must be
    listing: bool | str = False  # the second name starts a list "A, B, C and D";
    # "or": a list only where it ends in "or X" ("known as A or B", "A, B or C")


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p, re.IGNORECASE)


_STARTS = (  # connector prefix -> what may follow the name (first non-space character)
    ("\\s*\\(", "("),
    ("\\s*(?:,|\\()", ",("),
    ("\\s*,\\s", ","),
    ("\\s+", "w"),
    ("(?:['’]s)?", "'w"),
)


def _starts(rule: _Rule) -> str:
    """Which first characters after a name can begin this rule's connector."""
    for prefix, kinds in _STARTS:
        if rule.connector.pattern.startswith(prefix):
            return kinds
    return ",w("


_OBJECT_OF = re.compile(r"\b(?:of|in|for|from|with)\s+(?:the\s+)?$")
_CLOSE = re.compile(r"\s*\)")
_NOT_POSSESSIVE = re.compile(r"(?!['’]s\b)")
_RULES: tuple[_Rule, ...] = (
    # "Full Name Organization (FNO)" / "FNO (Full Name Organization)"
    _Rule("acronym", re.compile(r"\s*\(\s*"), tail=_CLOSE, second_is_acronym=True),
    _Rule("acronym", re.compile(r"\s*\(\s*" + _THE), tail=_CLOSE, second_is_acronym=False),
    # "the FNO, or Full Name Organization"
    _Rule("acronym", re.compile(r"\s*,\s+or\s+" + _THE), second_is_acronym=False),
    # "Harvat, the Arabic acronym for the Harvan Resistance Movement"
    _Rule("acronym", _rx(r"\s*,?\s+(?:is\s+)?(?:the|an?)\s+(?:\w+\s+)?(?:acronym|abbreviation)\s+(?:for|of)\s+" + _THE)),
    # "X (a.k.a. Y)", "X, also known as Y", "X, known locally as Y", "X, or Y as it is called"
    _Rule("alias", _rx(r"\s*\(\s*(?:a\.?k\.?a\.?|also\s+known\s+as|also\s+called|known\s+as)\s+" + _THE), listing="or"),
    _Rule("alias", _rx(r"\s*,?\s+(?:a\.?k\.?a\.?|(?:(?:also|otherwise|better|commonly|widely|locally|popularly)\s+)?(?:known|referred\s+to)\s+(?:\w+\s+){0,2}as)\s+" + _THE), tail=_NOT_POSSESSIVE, listing="or"),
    # "X, whose real name is Y", "X's real name is Y", "X (real name: Y)"
    _Rule("real-name", _rx(r"(?:\s*,\s+whose|['’]s)\s+(?:real|true|full|birth|given)\s+name\s+(?:is|was)\s+")),
    _Rule("real-name", _rx(r"\s*\(\s*(?:real|true|birth)\s+name:?\s+"), tail=_CLOSE),
    # "called"/"dubbed" only after a comma: "Bahram Q. also called the EU's decision odd"
    # (tehrantimes) is a verb, not an alias statement
    _Rule("alias", _rx(r"\s*,\s+(?:also\s+called|dubbed)\s+" + _THE), tail=_NOT_POSSESSIVE),
    # "X is known by various names, including A, B, C and D"
    _Rule("alias", _rx(r"\s+(?:is|are|has\s+been|was)\s+(?:also\s+)?known\s+(?:by|under)\s+(?:\w+\s+)?(?:names|aliases)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+" + _THE), listing=True),
    # "X is merely an alias of the Y", "X, another name for Y": a claim (ALIAS_CLAIM_KINDS)
    _Rule("alias-claim", _rx(r"\s*(?:,|\s+is|\s+was)\s+(?:(?:merely|simply|just|only|really|nothing\s+but|in\s+fact)\s+)?(?:(?:an?\s+|another\s+|the\s+)?(?:alias|other\s+name|new\s+name|cover\s+name)\s+(?:of|for)|an?\s+(?:front|cover|mask)\s+for)\s+" + _THE)),
    # "Y, as X is called in Country"
    _Rule("alias", _rx(r"\s*,\s+as\s+" + _THE), tail=_rx(r"\s+(?:is|are|was|were)\s+(?:called|known)")),
    # "X (formerly Y)", "X, formerly the Y" -> Y renamed to X
    _Rule("renamed", _rx(r"\s*(?:,|\()\s*(?:formerly|previously|originally)\s+(?:known\s+as\s+|called\s+)?" + _THE), swap=True),
    # "renamed from Y to X"
    _Rule("renamed", _rx(r"\s+(?:to|as)\s+" + _THE), head=_rx(r"renamed\s+(?:itself\s+)?from\s+(?:the\s+)?$")),
    # "Y, the armed wing of X", "Y, a member of X", "Y, wife of X", "Y is the leader of X"
    _Rule("role", _rx(r"\s*(?:,\s*|\s+(?:is|was|became)\s+)(?:who\s+(?:is|was)\s+)?(?:the\s+|an?\s+|its\s+)?" + _ADJ + r"(" + _ROLES + r")\s+(?:of|for|to)\s+" + _THE)),
    # "X's military wing, Y", "X's leader Y", "X leader Y"
    _Rule("role", _rx(r"(?:['’]s)?\s+" + _ADJ + r"(" + _ROLES + r")\s*,?\s+" + _THE), swap=True),
    # "X, led by Y" -> Y leader_of X; "X, founded by Y"; "X, backed by Y"
    _Rule("leader_of", _rx(r"\s*,?\s+(?:which\s+is\s+|is\s+|was\s+)?(?:led|headed|run|commanded|chaired)\s+by\s+(?:its\s+\w+\s+)?" + _THE), swap=True),
    _Rule("founder_of", _rx(r"\s*,?\s+(?:which\s+was\s+|was\s+)?(?:founded|created|established)\s+by\s+" + _THE), swap=True),
    _Rule("supported_by", _rx(r"\s*,?\s+(?:which\s+is\s+|is\s+|are\s+|was\s+)?(?:backed|supported|funded|financed|sponsored|armed)\s+by\s+" + _THE)),
    _Rule("ally_of", _rx(r"\s*,?\s+(?:is\s+|was\s+)?(?:an?\s+)?(?:close\s+)?(?:allied\s+(?:with|to)|ally\s+of)\s+" + _THE)),
    _Rule("located_in", _rx(r"\s*,?\s+(?:which\s+is\s+|is\s+|are\s+|was\s+)?(?:based|headquartered|located)\s+in\s+" + _THE)),
)  # fmt: skip
_RULES_BY_START = {c: tuple(r for r in _RULES if c in _starts(r)) for c in "(,'w"}
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)" + _THE)
_ATTRIBUTION = re.compile(
    r"\b(?i:according\s+to\s+(?:the\s+)?)([^,.;:()\n]{3,60}?)(?=[,.;:()\n]|\s+(?:on|in|last|this)\b|$)"
    r"|([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s+(?:said|says|claimed|claims|told|reported|alleged|wrote)\b"
)


# One cheap test before the rules: the text right after a name must start like
# some connector (a bracket, a comma, a possessive or one of these words).
# With rules grouped by that first character: 7.7 -> 0.9-1.3 ms/doc on 60 Tehran
# Times pages of 1,167 words (load average ~5 on 2 cores, so noisy).
_TRIGGER_WORDS = [
    "is",
    "are",
    "was",
    "were",
    "has",
    "became",
    "also",
    "otherwise",
    "better",
    "commonly",
    "widely",
    "locally",
    "popularly",
    "known",
    "referred",
    "a.k.a.",
    "aka",
    "dubbed",
    "led",
    "headed",
    "run",
    "commanded",
    "chaired",
    "which",
    "founded",
    "created",
    "established",
    "backed",
    "supported",
    "funded",
    "financed",
    "sponsored",
    "armed",
    "allied",
    "an",
    "a",
    "close",
    "based",
    "headquartered",
    "located",
    "to",
    "as",
]
_TRIGGER = re.compile(
    r"\s*(?:[,(]|\)|['’]s\b|(?:"
    + "|".join(re.escape(w) for w in _TRIGGER_WORDS)
    + r"|"
    + _ADJ_WORDS
    + r"|"
    + _ROLES
    + r")\b)",
    re.IGNORECASE,
)


def _subsequence_ok(acronym: str, name: str) -> bool:
    """The acronym's letters appear in order in the name, the first one a word initial."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words = name_key(name).split()
    if not letters or not words or letters[0] not in {w[0] for w in words}:
        return False
    flat = "".join(words)
    pos = flat.find(letters[0])
    for c in letters[1:]:
        pos = flat.find(c, pos + 1)
        if pos < 0:
            return False
    return True


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    label: str | None  # tagger label; None for a span found here


_AND_NEXT = re.compile(r"[ \t]+and[ \t]")
# Religious honorifics written in brackets after a name: never its acronym.
_BRACKET_HONORIFICS = frozenset(["sa", "as", "ra", "pbuh", "saw", "swt", "saaw", "ajtf"])


def _next_name(
    text: str, pos: int, limit: int, starts: dict[int, Mention], listing: bool = False
) -> _Span | None:
    span = _next_name_span(text, pos, limit, starts, listing)
    if span is not None and _SLASH_AFTER.match(text, span.end):
        return None  # "also known as the Vernic/ Harvest Feast": a piece of "A/B", no name
    return span


_SLASH_AFTER = re.compile(r"[ \t]?[/⁄]")


def _next_name_span(
    text: str, pos: int, limit: int, starts: dict[int, Mention], listing: bool
) -> _Span | None:
    m = starts.get(pos)
    found = (_NAME_IN_LIST if listing else _NAME).match(text, pos, limit)
    if m is not None and m.end <= limit and (not found or found.end() <= m.end):
        return _Span(m.start, m.end, m.label)
    if not found:
        return None
    end = found.end()
    # A tagged person the capitalised run goes past with "and" is the name: "Major
    # General Ivo Renk and Police Chief Brigadier Tarek Vand" ran over titles and two
    # people into one span ("Seyed Abbas" tagged in "Seyed Abbas Vand" is not cut).
    for start in range(pos, end):
        x = starts.get(start)
        if x is not None and x.label == "PERSON" and x.end <= end:
            if x.end == end or _AND_NEXT.match(text, x.end, end):
                titles = all(name_key(w) in honorifics() for w in text[pos : x.start].split())
                return _Span(x.start if titles else pos, x.end, x.label)
            break
    end = found.end()
    while end > pos and text[end - 1] in ".'’":
        end -= 1
    if end - pos < 2:
        return None
    return _Span(pos, end, None)


def _asserted_by(sentence: str) -> str | None:
    m = _ATTRIBUTION.search(sentence)
    if not m:
        return None
    return (m.group(1) or m.group(2)).strip()


def find_statements(
    text: str,
    doc_id: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    outlet: str | None = None,
    analyzer: str = "newsdossier.name-statements.v1",
    model: str | None = None,
) -> tuple[list[NameLink], list[Mention]]:
    """Statements of one document, and the mentions they needed that the tagger missed.
    ``model``: the spaCy model whose word lists tell an English word in capitals from an
    acronym (the settings' default when None)."""
    model = model or Settings().spacy_model
    links: list[NameLink] = []
    extra: dict[tuple[int, int], Mention] = {}
    for m in _bracketed_acronyms(text, doc_id, mentions, analyzer):
        extra[(m.start, m.end)] = m
    for m in _spelled_acronyms(text, doc_id, [*mentions, *extra.values()], analyzer):
        extra[(m.start, m.end)] = m
    mentions = sorted([*mentions, *extra.values()], key=lambda x: x.start)
    starts = {m.start: m for m in mentions}
    sent_starts = [s for s, _ in sentences]
    for m in sorted(mentions, key=lambda x: x.start):
        i = bisect.bisect_right(sent_starts, m.start) - 1
        s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
        limit = min(s_end, m.end + _WINDOW)
        pos = m.end + (1 if text[m.end : m.end + 1] == ")" else 0)
        if not _TRIGGER.match(text, pos, limit):
            continue
        nxt = text[pos:limit].lstrip()[:1]
        first = nxt if nxt in "(," else "'" if nxt in "'’" else "w"
        for rule in _RULES_BY_START[first]:
            found = _match_rule(rule, text, m, s_start, limit, starts, model)
            if not found:
                continue
            kind, seconds = found
            head = _Span(m.start, m.end, m.label)
            for second in seconds:
                a, b = (second, head) if rule.swap else (head, second)
                sentence = text[s_start:s_end]
                links.append(NameLink(
                    doc_id, kind, a.start, a.end, text[a.start:a.end], b.start, b.end,
                    text[b.start:b.end], s_start, s_end, _asserted_by(sentence) or outlet, analyzer,
                ))  # fmt: skip
                if second.label is None and (second.start, second.end) not in extra:
                    surface = text[second.start : second.end]
                    label = m.label if kind in ALIAS_KINDS else _guess_label(kind, rule.swap)
                    extra[(second.start, second.end)] = Mention(
                        doc_id, second.start, second.end, surface, label, LABEL_TYPES.get(label, "other"),
                        name_key(surface), analyzer, "1",
                    )  # fmt: skip
            break
    links.extend(_group_wings(text, doc_id, mentions, sentences, starts, outlet, analyzer))
    for kind, a, b in [
        *_pronoun_real_names(text, mentions, starts),
        *_bracket_then_acronym(text, mentions, starts),
        *_bracket_lists(text, mentions, starts, model),
    ]:
        i = bisect.bisect_right(sent_starts, b.start) - 1
        s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
        s_start = min(s_start, a.start)
        links.append(NameLink(
            doc_id, kind, a.start, a.end, text[a.start:a.end], b.start, b.end, text[b.start:b.end],
            s_start, s_end, _asserted_by(text[s_start:s_end]) or outlet, analyzer,
        ))  # fmt: skip
        if b.label is None and (b.start, b.end) not in extra:
            label = a.label or "ORG"
            extra[(b.start, b.end)] = _mention(doc_id, text, b.start, b.end, label, analyzer)
    return links, list(extra.values())


_PRONOUN_REAL_NAME = re.compile(
    r"\b(?:His|Her|his|her)\s+(?:real|true|birth|full)\s+name\s+(?:is|was)\s+"
)
_NOT_ANTECEDENT = frozenset({"NORP", "DATE", "GPE", "LOC", "FAC"})


def _pronoun_real_names(
    text: str, mentions: Sequence[Mention], starts: dict[int, Mention]
) -> list[tuple[str, _Span, _Span]]:
    """ "... the jihadist Abu Tarek. His real name is Ilyos Vandarov": the name
    before the pronoun (within 300 characters, no place or nationality word between
    that could be it) is the one renamed."""
    out = []
    for m in _PRONOUN_REAL_NAME.finditer(text):
        second = _next_name(text, m.end(), min(len(text), m.end() + _WINDOW), starts)
        if second is None:
            continue
        before = [x for x in mentions if m.start() - 300 <= x.start and x.end <= m.start()]
        named = [x for x in before if x.label not in _NOT_ANTECEDENT or " " in x.text]
        if not named:
            continue
        a = max(named, key=lambda x: x.end)
        if any(x.start > a.end and x.label == "PERSON" for x in before):
            continue
        out.append(("real-name", _Span(a.start, a.end, a.label), second))
    return out


_ACR = r"[A-Z][A-Za-z.&]{1,11}"
_BRACKET_LIST = re.compile(
    rf"[ \t]*\([ \t]*({_ACR}(?:[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*{_ACR})+)[ \t]*\)"
)
_LIST_ITEM = re.compile(_ACR)


def _bracket_lists(
    text: str, mentions: Sequence[Mention], starts: dict[int, Mention], model: str
) -> list[tuple[str, _Span, _Span]]:
    """ "People's Vellorn Organization of Iran (PVOI, VOK or VKO)": each acronym of the
    list names the organisation ("acronym" when its letters spell the name, else
    "alias": the acronym of another language's name).  Not when an item is a country
    ("NATO (US, UK, France)" lists members) or the name is no organisation's and the
    letters do not spell it."""
    from .names import country_names

    out = []
    for m in mentions:
        b = _BRACKET_LIST.match(text, m.end)
        if b is None or is_acronym(m.text):
            continue
        items = [
            (x.start() + b.start(1), x.end() + b.start(1), x.group())
            for x in _LIST_ITEM.finditer(b.group(1))
        ]
        if not all(is_acronym(t) for *_, t in items) or any(
            name_key(t) in country_names() for *_, t in items
        ):
            continue
        organisation = m.label == "ORG" or bool(org_words() & set(name_key(m.text).split()))
        spelled = [_subsequence_ok(t, m.text) for *_, t in items]
        if not organisation and not all(spelled):
            continue
        if not all(spelled) and (
            _common_word(m.text, model)
            or (
                not _organisation_name(m.text)
                and any(
                    _word_in_capitals(t, model)
                    for (*_, t), ok in zip(items, spelled, strict=True)
                    if not ok
                )
            )
        ):
            continue  # "Central (FREE or PAID)": words in capitals, no other names
        for (a, e, _t), ok in zip(items, spelled, strict=True):
            label = starts[a].label if a in starts else None
            out.append(
                ("acronym" if ok else "alias", _Span(m.start, m.end, m.label), _Span(a, e, label))
            )
    return out


def _word_in_capitals(form: str, model: str) -> bool:
    """ "FREE", "LIVE", "NOW": an English verb, adjective or function word in capitals
    (emphasis, a price, a heading), not an acronym of another name.  Only asked of a
    bracketed form whose letters do not spell the name before it: an acronym that
    spells its name ("(CARE)") is read on its letters.  Nouns are not counted: the
    model's noun list holds groups' names ("hamas", "isis").  FakeNewsCorpus readers'
    checks (seeds 89 and 98): "11:00 a.m. Central (FREE)" joined a time-zone word to a
    price word."""
    word = form.strip(".").lower()
    if not form.isupper() or not word.isalpha() or len(word) < 3:
        return False
    return is_language_word(word, model) or is_sentence_word(word, model)


def _organisation_name(name: str) -> bool:
    """A name of several words with an organisation's word ("Department of Education"):
    a bracketed word in capitals after it is its acronym ("(USED)": the country's
    letters and the department's), as organisations choose acronyms that read as words.
    FakeNewsCorpus store (seed 501 build): the one such bracket is that acronym."""
    key = name_key(name)
    return " " in key and bool(org_words() & set(key.split()))


def _common_word(name: str, model: str) -> bool:
    """One capitalised English verb or adjective ("Central", "Free") is no name of
    its own, whatever the tagger labelled it."""
    word = name.strip().lower()
    return word.isalpha() and is_language_word(word, model)


_PAREN_THEN_ACRONYM = re.compile(r"\(\s*([^()\n]{3,80}?)\s*\)\s*([A-Z][A-Za-z]{1,9})\b")


def _bracket_then_acronym(
    text: str, mentions: Sequence[Mention], starts: dict[int, Mention]
) -> list[tuple[str, _Span, _Span]]:
    """ "trained (Vellorn-e Harva) VH operatives": a bracketed name, then its acronym."""
    out = []
    for m in _PAREN_THEN_ACRONYM.finditer(text):
        name = starts.get(m.start(1))
        acr = m.group(2)
        if name is None or name.end != m.end(1) or not is_acronym(acr):
            continue
        if not _subsequence_ok(acr, name.text) or is_acronym(name.text):
            continue
        a_start = m.start(2)
        label = starts[a_start].label if a_start in starts else None
        out.append(
            ("acronym", _Span(name.start, name.end, name.label), _Span(a_start, m.end(2), label))
        )
    return out


_GROUP_WING = re.compile(
    r"\b(?:[Tt]he\s+(?:group|organi[sz]ation|movement|cult|party|network)['’]s|[Ii]ts)\s+"
    + _ADJ
    + r"(wing|arm|branch|front|affiliate|offshoot)\s*,\s*"
    + _THE
)


def _group_wings(
    text: str,
    doc_id: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    starts: dict[int, Mention],
    outlet: str | None,
    analyzer: str,
) -> list[NameLink]:
    """ "the group's political wing, the National Council ..." -> wing_of the group.

    "The group" is read as the organisation named most often in the document
    before the phrase (ties: the longer name, then the latest); with none, nothing is linked.
    """
    out: list[NameLink] = []
    sent_starts = [a for a, _ in sentences]
    for w in _GROUP_WING.finditer(text):
        i = bisect.bisect_right(sent_starts, w.start()) - 1
        s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
        sub = _next_name(text, w.end(), min(s_end, w.end() + _WINDOW), starts)
        if sub is None:
            continue
        counts: dict[str, tuple[int, Mention]] = {}
        places = {m.key for m in mentions if m.type == "place"}
        for m in mentions:
            if m.start >= w.start() or m.type != "organization" or m.key in places:
                continue
            n, _ = counts.get(m.key, (0, m))
            counts[m.key] = (n + 1, m)
        if not counts:
            continue
        _, group = max(counts.values(), key=lambda t: (t[0], len(t[1].key.split()), t[1].start))
        kind = _ROLE_WORDS[w.group(1).lower()]
        out.append(NameLink(
            doc_id, kind, sub.start, sub.end, text[sub.start:sub.end], group.start, group.end,
            group.text, s_start, s_end, _asserted_by(text[s_start:s_end]) or outlet, analyzer,
        ))  # fmt: skip
    return out


_CAPS_WORD = re.compile(r"(?<![\w.&’'-])[A-Z]{3,8}(?![\w&-])")


def _spelled_acronyms(
    text: str, doc_id: str, mentions: Sequence[Mention], analyzer: str
) -> list[Mention]:
    """Untagged acronyms that spell the initials of one organisation the document
    names in full ("the HJHS and ..." after "Harvan Jewish Historical Society"): the
    small tagger left a society's acronym, used throughout an article, untagged.
    The resolver joins them by the same initials (document evidence)."""
    spelled: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "ORG" or is_acronym(m.text) or " " not in m.key:
            continue
        if m.key in country_names():
            continue
        for a in acronyms_of(m.key):
            spelled.setdefault(a, set()).add(m.key)
    if not spelled:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    out = []
    for w in _CAPS_WORD.finditer(text):
        if len(spelled.get(w.group().lower(), ())) != 1:
            continue
        i = bisect.bisect_right(starts, w.start()) - 1
        if i >= 0 and spans[i][1] > w.start():
            continue  # inside a name ("HJHS Academic Council")
        out.append(_mention(doc_id, text, w.start(), w.end(), "ORG", analyzer))
    return out


_BRACKET_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z.&]{1,11})\s*\)")


def _bracketed_acronyms(
    text: str, doc_id: str, mentions: Sequence[Mention], analyzer: str
) -> list[Mention]:
    """Mentions for "Full Name (FN)" where the tagger missed the name or the acronym.

    Measured on partisan news: an acronym defined in brackets and used a dozen
    times was never tagged, and romanised full names are often missed too.
    """
    spans = {(m.start, m.end) for m in mentions}
    by_end = {m.end: m for m in mentions}
    # organisations the tagger found elsewhere in the document, by their text
    orgs = {m.text for m in mentions if m.label == "ORG" and not m.text.isupper()}
    out: list[Mention] = []
    for b in _BRACKET_ACRONYM.finditer(text):
        acr = b.group(1)
        if not is_acronym(acr) or name_key(acr) in _BRACKET_HONORIFICS:
            continue
        pos = b.start()
        while pos > 0 and text[pos - 1] == " ":
            pos -= 1
        full = by_end.get(pos)
        window = text[max(0, pos - 100) : pos]
        cands = [n for n in _NAME.finditer(window) if n.end() == len(window)]
        f_start = _expansion_start(acr, window, cands[-1].start()) if cands else None
        if f_start is not None:
            f_start += pos - len(window)
            f_label = full.label if full is not None else "ORG"
            full = full if full is not None and full.start == f_start else None
        elif full is not None:
            f_start, f_label = full.start, full.label
        else:
            # "At dawn Varsh (HLV) units ...": the name left untagged here, tagged
            # as an organisation elsewhere in the document
            seen = next((o for o in orgs if re.search(rf"(?<![\w-]){re.escape(o)}$", window)), None)
            if seen is None:
                continue
            f_start, f_label = pos - len(seen), "ORG"
            full = _mention(doc_id, text, f_start, pos, "ORG", analyzer)
        full_text = text[f_start:pos]
        if is_acronym(full_text):
            continue
        if not _subsequence_ok(acr, full_text):
            # "Red Fighters Organisation (SMS)": an English name with the acronym of
            # its romanised name; kept when the name is an organisation's (by its
            # head word, or the tagger's: "Varsh (HLV)", a group's other-language
            # name with its English acronym).
            # (an upper-case name before a bracket is a dateline: "KHESHMAR (ZNA)")
            tagged_org = (
                full is not None
                and full.label == "ORG"
                and full.start == f_start
                and not full_text.isupper()
            )
            if not tagged_org and not org_words() & set(name_key(full_text).split()):
                continue
            f_label = "ORG"
        if (full is None or full.analyzer == analyzer) and (f_start, pos) not in spans:
            out.append(_mention(doc_id, text, f_start, pos, f_label, analyzer))
        a_start, a_end = b.start(1), b.end(1)
        if (a_start, a_end) not in spans:
            out.append(_mention(doc_id, text, a_start, a_end, f_label, analyzer))
    return out


def _generic_or_listed(text: str, full: Mention | _Span, acr: Mention | _Span) -> bool:
    """An acronym in brackets that does not spell its name is no other name of it after a
    generic head ("the Agency (IAEA)": "Agency" would join the IAEA everywhere) or after
    the last word of a list that it spells ("Engineering, Procurement, Construction
    (EPC)": the tagger took only the last word).  The 2 wrong statements of this kind
    on the 655 Tehran Times pages were these two."""
    full_key = name_key(text[full.start : full.end])
    if " " not in full_key and full_key in org_words():
        return True
    acr_text = name_key(text[acr.start : acr.end]).replace(" ", "").upper()
    initials = "".join(w[0] for w in _CAP_WORD.findall(text, max(0, full.start - 80), full.end))
    return len(acr_text) >= 2 and initials.upper().endswith(acr_text)


_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_DATELINE_AFTER = re.compile(r"\s*\)?\s*[-–—:]")
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|al|el|bin|ibn|bint|de|van|von|abu)[ \t]+$"
)


def _one_word_other_name(text: str, full: Mention | _Span, acr: Mention | _Span) -> bool:
    """ "Daesh (ISIS)", "Barjam (JCPOA)": one word, then in brackets the acronym of
    another name of the same thing (a translation, a romanisation, a pejorative).

    Not a place ("Italy (AP)"), nor a dateline ("KESSA (AP) –"), nor the last word of a
    longer name the tagger cut ("bin Salman (MBS)": the acronym is the whole name's).
    Tehran Times pages: 4 of 19 "Name (ACR)" pairs left apart in a sample (seed 138)
    were such one-word names; on all 655 pages the rule adds 7 statements, read: 7
    right (a translation, a romanised acronym, a pejorative name and its acronym)."""
    word = text[full.start : full.end]
    if " " in word or "-" in word or not word[:1].isupper() or word.isupper():
        return False
    key = name_key(word)
    if key in country_names() or key in demonyms() or full.label == "FAC":
        return False
    if _DATELINE_AFTER.match(text, acr.end) or "\n" in text[max(0, full.start - 2) : full.start]:
        return False
    before = text[max(0, full.start - 30) : full.start]
    m = _NAME_BEFORE.search(before)
    return m is None or m.group().strip() in ("The", "the")


_CUT_HEAD = re.compile(r"[A-Z][\w'’-]*[ \t]+(?:and|of|for|the|&)[ \t]+$")
_LEADING_THE = re.compile(r"(?:The\s+)?")
_WORD_START = re.compile(r"(?<![\w'’-])[A-Z]")


def _expansion_start(acr: str, window: str, start: int) -> int | None:
    """Latest word start in ``window[start:]`` that the acronym still expands from.

    "The JNS and the Sazman-e Mojahedin-e Sorkh (SMS)" -> "Sazman-e ...";
    "Namdar Zanganeh and National Iranian Gas Company (NIGC)" -> "National ..."
    (the shortest expansion: tagger spans run on to the left, not the right).
    """
    found = None
    for w in _WORD_START.finditer(window, start):
        if w.group().lower() == acr[0].lower() and _subsequence_ok(acr, window[w.start() :]):
            found = w.start()
    return found


def _mention(doc_id: str, text: str, start: int, end: int, label: str, analyzer: str) -> Mention:
    surface = text[start:end]
    return Mention(doc_id, start, end, surface, label, LABEL_TYPES.get(label, "other"),
                   name_key(surface), analyzer, "1")  # fmt: skip


def _guess_label(kind: str, swap: bool) -> str:
    if kind in ("leader_of", "founder_of", "spouse_of", "member_of"):
        return "ORG" if not swap else "PERSON"
    if kind == "located_in":
        return "GPE"
    return "ORG"


def _match_rule(
    rule: _Rule,
    text: str,
    m: Mention,
    s_start: int,
    limit: int,
    starts: dict[int, Mention],
    model: str,
) -> tuple[str, list[_Span]] | None:
    if rule.head is not None and not rule.head.search(text, max(s_start, m.start - 40), m.start):
        return None
    if (
        rule.head is None
        and rule.kind in ("alias", "renamed")
        and _OBJECT_OF.search(text, max(s_start, m.start - 20), m.start)
    ):
        return None  # "Exhibition of ... of Iran, dubbed RAILEXPO": the alias is the phrase's
    pos = m.end
    if m.start > 0 and text[m.start - 1] == "(" and text[pos : pos + 1] == ")":
        pos += 1  # "Full Name (FN), also known as ...": read on after the bracket
    c = rule.connector.match(text, pos, limit)
    if not c:
        return None
    second = _next_name(text, c.end(), limit, starts, bool(rule.listing))
    if second is None:
        return None
    if rule.tail is not None and not rule.listing and not rule.tail.match(text, second.end, limit):
        return None
    kind = rule.kind
    if kind == "role":
        kind = _ROLE_WORDS[" ".join(c.group(1).lower().split())]
    if rule.second_is_acronym is not None:
        acr, full = (second, m) if rule.second_is_acronym else (m, second)
        acr_text, full_text = text[acr.start : acr.end], text[full.start : full.end]
        if not is_acronym(acr_text) or is_acronym(full_text):
            return None
        if name_key(acr_text) in _BRACKET_HONORIFICS:
            return None  # "Hazrat Varna (SA)": a blessing, not an acronym
        if _subsequence_ok(acr_text, full_text):
            if (_expansion_start(acr_text, full_text, 0) or 0) > 0:
                return None  # "Division of the Harvan Border Guard Corps (HBGC)": the
                # acronym expands a tail of the tagged name; that tail is its own mention
        else:
            if _generic_or_listed(text, full, acr):
                return None
            if rule.second_is_acronym is not True or not (
                org_words() & set(name_key(full_text).split())
                or (full.label == "ORG" and not full_text.isupper())
                or _one_word_other_name(text, full, second)
            ):
                return None
            if _CUT_HEAD.search(text, max(0, full.start - 40), full.start):
                return None  # "Ports and [Maritime Organization] (PMO)": the tagger cut it
            if _common_word(full_text, model) or (
                _word_in_capitals(acr_text, model) and not _organisation_name(full_text)
            ):
                return None  # "11:00 a.m. Central (FREE)": a word in capitals, no name
            kind = "alias"  # an English name with its romanised name's acronym
    seconds = [second]
    if rule.listing:
        pos = second.end
        seps: list[str] = []
        while (sep := _LIST_SEP.match(text, pos, limit)) is not None:
            nxt = _next_name(text, sep.end(), limit, starts, True)
            if nxt is None:
                break
            seconds.append(nxt)
            seps.append(sep.group().lower())
            pos = nxt.end
        if rule.listing == "or" and (not seps or "or" not in seps[-1].split()):
            seconds = [second]  # "known as A, Iran's ...": only A; "known as A or B": both
        if rule.tail is not None and not rule.tail.match(text, seconds[-1].end, limit):
            return None
    return kind, seconds


@dataclass
class NameStatements:
    settings: Settings
    name: str = "newsdossier.name-statements"
    # v2 (issue 16): "alias-claim" kind, "A or B" lists, real names, "(Name) ACR"
    # v3: a tagged person inside a capitalised run is the name; a tagged
    # organisation with a bracketed acronym of another name; v4: a one-word name
    # with a bracketed acronym of another name ("Daesh (ISIS)"); v5: a name cut at a
    # slash ("A/ B") is no name; v6: a bracketed English word in capitals ("(FREE)")
    # or a one-word common word before the bracket is no other name
    version: str = "6"
    requires: tuple[str, ...] = ("mentions", "sentences")
    assigns: tuple[str, ...] = ("name_links",)

    def __call__(self, batch: Sequence[Work]) -> None:
        for work in batch:
            doc = work.document
            sents = [(s.start, s.end) for s in work.sentences]
            links, extra = find_statements(
                doc.text,
                doc.id,
                work.mentions,
                sents,
                doc.outlet,
                f"{self.name}.v{self.version}",
                self.settings.spacy_model,
            )
            work.extra["name_links"] = links
            if extra:
                # a tagger fragment inside a longer name found here ("Ulama-ye" in
                # "Jamiat-e Ulama-ye Sharq") is not a mention of its own
                kept = [m for m in work.mentions
                        if not any(x.start <= m.start and m.end <= x.end and (x.start, x.end) != (m.start, m.end) for x in extra)]  # fmt: skip
                work.mentions = sorted([*kept, *extra], key=lambda x: (x.start, x.end))


@analyzers.register("newsdossier.name-statements.v1")
def make_name_statements(settings: Settings) -> NameStatements:
    return NameStatements(settings)
