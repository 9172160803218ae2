"""Contradictions: claims that cannot both hold (issues 5, 15).  Precision first.

**value** -- two claims about the same subject entity and attribute whose values
cannot both hold:

- only plain assertions: ``status`` asserted (positive, not a question or a
  condition), each with a resolved subject entity, from different sources;
- the attribute is single-valued (``single: true`` in ``data/claims/attributes.yml``);
- the same *scope*: the same ``scope`` ("in the camp" vs worldwide), the same
  ``unit`` for counts ("Iranians" vs "Americans" killed), the same role for
  names (a "leader" vs a "military chief"); casualty counts only as totals
  ("has killed more than 17,000") or of the same dated event;
- numeric values are ranges and conflict only when they do not overlap even
  widened by ``contradiction_tolerance_pct`` ("thousands" and "17,000" agree;
  "more than 17,000" and "about 12,000" do not); years compare at their
  precision; names by key ("Navazei" agrees with "Mohammad Navazei");
- over-time attributes (a strength estimate) dated to different years are
  *estimates over time* (:func:`estimates_over_time`), never contradictions.

**polarity** -- one asserts and one negates the same attribute with no value or
the same value ("disbanded in 2003" vs "never disbanded").

**disputed_quote** -- an outlet's account of what X said set against a correction of
that account ("X clearly said ‘...’" from X's office, or the officials' denial of the
outlet's report) when the article calls the report false (:mod:`.disputed_quotes`).

**denial** -- a named or anonymous source explicitly rejects another source's
claim in the same article ("X denied a claim by Y that ...", "X rejected the Y
report", "“Y's claim ... is not true,” X said").  The denied claims are Y's own
statements in that article (or those relayed via Y), restricted to those that
share content words with the denied proposition when it is given; each is paired
with the denial and with the denier's corrective statements ("they were *simply*
farmers", "Renk *clearly said* ‘...’").  A denial that names no source ("X denied that
P") is paired with another speaker's reported or claimed statement of P (shared content
words; see :func:`_untargeted_denials`).

Incremental (issue 18): only (subject, attribute) keys, and documents for denials, with
claims added since the last run are visited (a watermark in ``claims_marks``; claims
whose subject has no entity yet wait in ``contradiction_waiting``), and in a key only
the new claims are paired, against the claims paired before (``contradiction_keys``):
the rows of a full pairing, at a cost per new claim that does not grow with the store.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from ..analyze.claims.extract import ABBREVIATIONS
from ..analyze.claims.lexicon import AttributeSpec, attribute_index
from ..analyze.claims.values import parse_norm
from ..model import make_id
from ..names import name_key
from ..registry import resolvers
from ..settings import Settings
from ..store.protocols import Store
from .disputed_quotes import (
    CLARIFIES_SPEECH,
    KIND,
    content_words,
    disputed_quotes_in,
    misreport,
    relayed_by,
)
from .people import distinct_people

__all__ = [
    "RESOLVER",
    "claim_date",
    "conflict",
    "denials_in",
    "estimates_over_time",
    "resolve_contradictions",
]

RESOLVER = "newsdossier.contradictions@7"  # 7: a denied deed is no denied intent; 6: denials of a proposition (15s); 5: disputed quotes; 4: no cut-off sides
_MAX_CLAIMS_PER_KEY = 300  # pairwise inside one key; keys are small in practice
_TOTAL = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:killed|murdered|assassinated|martyred|massacred|lost)\b"
    r"|\bsince\s+(?:the\s+)?(?:19|20)\d\d\b|\bresponsible\s+for\b|\bover\s+the\s+(?:years|decades)\b",
    re.I,
)
#: victims counted as people: "17,000 Iranians" and "12,000 innocent people in Iran" count the same
_PEOPLE = frozenset(
    [
        "people",
        "persons",
        "individuals",
        "civilians",
        "citizens",
        "nationals",
        "lives",
        "deaths",
        "victims",
        "innocents",
    ]
)
_CORRECTIVE = re.compile(
    r"\b(?:simply|merely|only|just|nothing but|nothing more than|in fact|actually|in reality|"
    r"rather|instead|all (?:known|ordinary))\b",
    re.I,
)
#: a correction of what someone *said* ("X clearly said ‘...’", "what he actually meant was
#: ..."): it gives other words, which do not exclude the reported ones -- an independent
#: reader judged all three such pairs of the Tehran Times build not genuine as denials
#: (seed 33); they are disputed quotes (:mod:`.disputed_quotes`), the accounts that differ
_CLARIFIES_SPEECH = CLARIFIES_SPEECH
_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "they",
        "their",
        "there",
        "which",
        "what",
        "when",
        "will",
        "would",
        "about",
        "into",
        "over",
        "also",
        "than",
        "more",
        "most",
        "said",
        "says",
        "after",
        "before",
        "some",
        "such",
        "only",
        "other",
    ]
)
_MIN_WORDS = 2  # content words a denied or corrective statement needs to be shown
_CUT_OFF = re.compile(r"[\[(“‘\"]\s*$")  # words that stop at an opening bracket or quote
_ACCUSED_PRONOUN = re.compile(r"\s*(?:it|he|she|they)\b", re.I)
_CLAIM_NOUN = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges?|reports?|remarks?|statements?|"
    r"assertions?|story|stories|article)\b"
)
_MAX_DENIED = 3  # claims of the denied source paired with one bare denial ("rejected the report")


def claim_date(claim: dict[str, Any]) -> str | None:
    """The year a claim speaks about: its own ``as_of``, else its document's year."""
    if claim.get("as_of"):
        return str(claim["as_of"])
    pub = claim.get("published")
    return str(pub)[:4] if pub else None


def _interval(norm: str | None, tol: float) -> tuple[str, float, float] | None:
    """A value's range; an exact value is widened by the tolerance, a range as written
    ("about 12,000" is already 10,800..13,200; "more than 17,000" is 17,000 up) is not:
    widening both sides again made "more than 17,000" agree with "about 12,000"."""
    kind, lo, hi, _ = parse_norm(norm)
    if kind not in ("number", "fraction") or lo is None:
        return None
    if hi is None:
        return kind, lo, float("inf")
    if lo == hi:
        return kind, lo * (1 - tol), hi * (1 + tol)
    return kind, lo, hi


def _unit_key(unit: str | None) -> str:
    """ "rounds of tracer ammunition" -> "round": the counted noun, singular."""
    if not unit:
        return ""
    head = re.split(r"\s+(?:of|per|under|in)\s+", unit.lower())[0].split()
    word = head[-1] if head else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _victims(c: dict[str, Any]) -> tuple[str, str | None]:
    """Casualties as ``(kind, country)``: "17,000 Iranians" and "12,000 people in Iran" are
    both people of Iran; "six Americans" are people of the United States."""
    from ..names import country_names, demonyms

    unit = _unit_key(c.get("unit"))
    dem = demonyms().get(name_key(unit + "s")) or demonyms().get(name_key(unit))
    if dem:
        return "people", dem
    if unit in _PEOPLE or unit[:-1] + "s" in _PEOPLE or (unit + "s") in _PEOPLE:
        place = name_key(c.get("scope") or "")
        return "people", country_names().get(place) if place else None
    return unit, None


def _same_scope(a: dict[str, Any], b: dict[str, Any], spec: AttributeSpec) -> bool:
    if spec.name == "casualties":
        va, vb = _victims(a), _victims(b)
        if va[0] != vb[0] or (va[1] and vb[1] and va[1] != vb[1]):
            return False  # Iranians vs Americans killed
    elif (a.get("scope") or None) != (b.get("scope") or None):
        return False  # the camp vs the whole movement
    elif spec.value in ("number", "fraction") and _unit_key(a.get("unit")) != _unit_key(
        b.get("unit")
    ):
        return False  # members vs supporters
    if spec.name == "casualties":
        ta, tb = bool(_TOTAL.search(a.get("text") or "")), bool(_TOTAL.search(b.get("text") or ""))
        if not (ta and tb) and not (a.get("as_of") and a.get("as_of") == b.get("as_of")):
            return False  # different attacks are not one count
    # a "leader" and a "military chief" are different roles
    return not (
        spec.value == "name" and spec.single and (a.get("unit") or "") != (b.get("unit") or "")
    )


def _plain(c: dict[str, Any]) -> bool:
    return bool(
        c.get("polarity", "positive") == "positive" and c.get("modality", "asserted") == "asserted"
    )


def conflict(
    a: dict[str, Any], b: dict[str, Any], spec: AttributeSpec, tol_pct: float
) -> str | None:
    """``"value"`` or ``"polarity"`` when claims ``a`` and ``b`` conflict, else ``None``."""
    if not _same_scope(a, b, spec):
        return None
    if a.get("subject_type") == "person" and distinct_people(a, b):
        return None  # two people under one entity (a shared surname, a role)
    if spec.over_time:
        da, db = claim_date(a), claim_date(b)
        if not da or not db or da != db:
            return None  # estimates over time (or of a time nobody can tell), not a contradiction
    if a.get("doc") and a.get("doc") == b.get("doc") and a.get("source_key") == b.get("source_key"):
        return None  # one source in one article: an extraction slip more often than not
    if a["status"] != b["status"] and {a["status"], b["status"]} == {"asserted", "negated"}:
        neg, pos = (a, b) if a["status"] == "negated" else (b, a)
        if neg["norm"] is None or neg["norm"] == pos["norm"]:
            return "polarity"
        return None
    if a["status"] != "asserted" or b["status"] != "asserted" or not (_plain(a) and _plain(b)):
        return None
    if not spec.single or not a["norm"] or not b["norm"]:
        return None
    return _value_verdict(a["norm"], b["norm"], tol_pct)


def _value_verdict(na: str, nb: str, tol_pct: float) -> str | None:
    """``"value"`` when two values of a single-valued attribute cannot both hold (the
    last test of :func:`conflict`, which reads only the two values)."""
    ia, ib = _interval(na, tol_pct / 100), _interval(nb, tol_pct / 100)
    if ia and ib:
        if ia[0] != ib[0]:
            return None  # a count and a share are not comparable
        return None if ia[1] <= ib[2] and ib[1] <= ia[2] else "value"
    ka, kb = parse_norm(na), parse_norm(nb)
    if ka[0] == kb[0] == "year":
        return None if ka[1] == kb[1] else "value"
    if ka[0] == kb[0] == "text" and ka[3] and kb[3]:
        # "Navazei" and "Mohammad Navazei" are one name: contained keys agree
        return None if ka[3] in kb[3] or kb[3] in ka[3] else "value"
    return None


@functools.lru_cache(maxsize=4096)
def _disagrees_with_itself(norm: str, tol_pct: float) -> bool:
    """Whether :func:`_value_verdict` of a value against itself is a contradiction (a
    negative exact count widened by the tolerance is an empty range): only then may two
    plain assertions of the same value conflict.  Cached: a key's values repeat."""
    return _value_verdict(norm, norm, tol_pct) is not None


def _negated_value(c: dict[str, Any]) -> str:
    return c["value"] if c["status"] == "asserted" else f"not {c['value'] or c['attribute']}"


def _pair_row(a: dict[str, Any], b: dict[str, Any], spec: AttributeSpec, tol: float) -> Any:
    """The row of ``a`` and ``b`` (``a`` first in the key's order) if they conflict."""
    kind = conflict(a, b, spec, tol)
    if kind is None:
        return None
    if a["id"] > b["id"]:
        a, b = b, a
    return (make_id("contradiction", a["id"], b["id"]), kind, _negated_value(a),
            _negated_value(b), a["id"], b["id"], RESOLVER)  # fmt: skip


def _gate(c: dict[str, Any], spec: AttributeSpec, tol_pct: float) -> tuple[str, Any, bool, bool]:
    """What :func:`conflict` decides on before it reads anything else of a claim: its
    status, its value, whether it may take part in a *value* contradiction, and whether
    it may do so with a claim of the same value (:func:`_disagrees_with_itself`)."""
    valued = bool(spec.single and c["status"] == "asserted" and _plain(c) and c["norm"])
    return (
        c["status"],
        c["norm"],
        valued,
        valued and _disagrees_with_itself(c["norm"], tol_pct),
    )


def _may_conflict(a: tuple[str, Any, bool, bool], b: tuple[str, Any, bool, bool]) -> bool:
    """False only where :func:`conflict` of the two claims is ``None`` whatever their
    scope, people, dates and sources: a polarity pair is one asserted and one negated
    claim whose negated value is absent or the asserted one, a value pair two plain
    assertions with values of a single-valued attribute.  Most pairs of a key are
    neither (measured: 69,064 pairs judged for 1,000 documents at 10,000 stored, 4.9 of
    the resolver's 8.3 s), and this skips them before the scope and people checks."""
    if a[2] and b[2]:
        # two claims of one value agree (issue 18: a large key repeats its values, and
        # each new claim was judged whole against every earlier claim of its value)
        return a[1] != b[1] or a[3]
    if a[0] == "asserted" and b[0] == "negated":
        return b[1] is None or b[1] == a[1]
    if a[0] == "negated" and b[0] == "asserted":
        return a[1] is None or a[1] == b[1]
    return False


def _pairs(
    claims: Sequence[dict[str, Any]], spec: AttributeSpec, tol: float
) -> list[tuple[Any, ...]]:
    """Every conflicting pair of the key's first ``_MAX_CLAIMS_PER_KEY`` claims."""
    first = claims[:_MAX_CLAIMS_PER_KEY]
    gates = [_gate(c, spec, tol) for c in first]
    peers = _peers(first, spec)
    rows = []
    for i, a in enumerate(first):
        for j in peers[i]:
            if j <= i or not _may_conflict(gates[i], gates[j]):
                continue  # every pair once, in itertools.combinations' order
            row = _pair_row(a, first[j], spec, tol)
            if row is not None:
                rows.append(row)
    return rows


def _peers(claims: Sequence[dict[str, Any]], spec: AttributeSpec) -> list[Sequence[int]]:
    """For each claim, the indexes (ascending) of the claims it may conflict with as far
    as its date decides: of an over-time attribute, only claims of the same year
    (:func:`conflict` is ``None`` for two dates that differ or are unknown, whatever else
    the claims say); of any other, all.  Measured (issue 18): most pairs a strength
    estimate's key judged were of two different years."""
    if not spec.over_time:
        every = range(len(claims))
        return [every] * len(claims)
    dates = [claim_date(c) for c in claims]
    by_date: dict[str, list[int]] = {}
    for i, d in enumerate(dates):
        if d:
            by_date.setdefault(d, []).append(i)
    return [by_date[d] if d else () for d in dates]


_Judged = tuple[list[tuple[str, Any, bool, bool]], list[Sequence[int]]]


def _judge(claims: Sequence[dict[str, Any]], spec: AttributeSpec, tol: float) -> _Judged:
    """Each claim's gate (:func:`_gate`) and peers (:func:`_peers`): they read only the
    fields :meth:`claim_gates` gives, so a key's light and whole claims judge alike."""
    return [_gate(c, spec, tol) for c in claims], _peers(claims, spec)


def _new_pairs(
    claims: Sequence[dict[str, Any]], new: set[str], spec: AttributeSpec, tol: float,
    judged: _Judged | None = None,
) -> list[tuple[Any, ...]]:  # fmt: skip
    """The pairs of :func:`_pairs` that hold a claim of ``new``: each new claim against
    the others, every pair once and in the key's order, as the full pairing meets it.
    ``judged``: :func:`_judge` of ``claims`` where the caller has it (:func:`_needed`)."""
    first = claims[:_MAX_CLAIMS_PER_KEY]
    gates, peers = judged if judged is not None else _judge(first, spec, tol)
    rows = []
    for j, b in enumerate(first):
        if b["id"] not in new:
            continue
        for i in peers[j]:
            a = first[i]
            if i == j or (i > j and a["id"] in new):
                continue  # itself; a pair of two new claims is met once, from its second
            if not _may_conflict(gates[i], gates[j]):
                continue
            row = _pair_row(a, b, spec, tol) if i < j else _pair_row(b, a, spec, tol)
            if row is not None:
                rows.append(row)
    return rows


def _with_text(rows: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    for c in rows:
        c["text"] = text[c["start"] : c["end"]]
        a, b = c.get("statement_start", -1), c.get("statement_end", -1)
        c["statement"] = text[a:b] if a is not None and 0 <= a < b else c["text"]
        c["source_key"] = name_key(c.get("source_name") or "")
        c["doc"] = c["document_id"]
    return rows


def _names(c: dict[str, Any]) -> list[str]:
    return [name_key(x) for x in (c.get("source_name"), c.get("via")) if x]


def _matches(target: str, c: dict[str, Any]) -> bool:
    """Whether claim ``c`` is the target's: said by it, or relayed via it.  A short target
    ("U.S.": key "u s") only as the whole name: inside a longer one it matched by accident."""
    return (
        any(
            n == target
            or (len(target) >= 4 and re.search(rf"(?:^| ){re.escape(target)}(?: |$)", n))
            for n in _names(c)
        )
        if target
        else False
    )


def _words(text: str) -> set[str]:
    return content_words(text, _STOP)


def _same_speaker(e: dict[str, Any], d: dict[str, Any]) -> bool:
    if e["source_start"] >= 0 and e["source_start"] == d["source_start"]:
        return True
    dk = d["source_key"]
    if not dk:
        return False
    for k in (e["source_key"], name_key(e.get("via") or "")):
        # "Renk" and "Ivo Renk" are one speaker: a name key contained word for word agrees;
        # a bare substring did not ("vellorn" in "vellornian"), nor do two full names that share
        # a surname ("ivo renk", "ana renk": different people)
        if k and (k == dk or (min(len(k), len(dk)) > 4 and _part_of(k, dk))):
            return True
    return False


def _part_of(a: str, b: str) -> bool:
    """Whether the shorter key is the longer's last words or first words, whole: "renk"
    of "ivo renk", "harbor post" of "harbor post staff"; not "ivo renk" of "ana renk"."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.endswith(" " + short) or long_.startswith(short + " ")


def _says_something(statement: str) -> bool:
    """Whether a side's words can be weighed: not cut off at a bracket ("“The three were
    onboard [") and with some content words."""
    return not _CUT_OFF.search(statement) and len(_words(statement)) >= _MIN_WORDS


def _one_per_sentence(cands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first claim of each sentence: one denied sentence is one disputed statement; its
    other clauses paired again with the same denial read as duplicates, each framed about
    another subject (seed 33: "the report quoted X as issuing a threat, 'Y will die'")."""
    out: dict[tuple[Any, Any], dict[str, Any]] = {}
    for c in sorted(cands, key=lambda c: (c.get("statement_start", -1), c["id"])):
        out.setdefault((c.get("doc"), c.get("start")), c)
    return sorted(out.values(), key=lambda c: cands.index(c))


def _unsure_speaker(c: dict[str, Any]) -> bool:
    """A speaker resolved from a pronoun or a role whose name stands in its own sentence:
    "He rejected her allegations and called Renk a con artist" is not Renk speaking (a
    pronoun subject does not refer to a name of its own clause; a PTC article had the
    accuser's lawyer shown denying his own client's allegations)."""
    if c.get("resolved") not in ("pronoun", "role"):
        return False
    key = c.get("source_key") or ""
    last = key.split()[-1] if key else ""
    if len(last) < 4:
        return False
    text, start = c.get("text") or "", c.get("start") or 0
    a, b = c.get("said_start", -1), c.get("said_end", -1)
    if a is not None and b is not None and 0 <= a - start < b - start <= len(text):
        text = text[: a - start] + " " + text[b - start :]
    return f" {last} " in f" {name_key(text)} "


def _reference_only(c: dict[str, Any], target: str) -> bool:
    """Whether a side only names the claim ("the Vellorn Post's claims, while ..."): no
    proposition a reader can weigh."""
    words = name_key(c.get("statement") or "").split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    head = " ".join(words[:8])
    return bool(target) and head.startswith(target) and bool(_CLAIM_NOUN.search(head))


#: the frame of a denial of a proposition, up to where the denied words begin: "X denied
#: that", "X rejected claims by the Front that", "X dismissed as baseless reports that"
_DENY_FRAME = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|"
    r"dismissing|refuted|refutes|refuting)\s+(?:as\s+(?:\w+\s+){1,2}?)?"
    r"(?:(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:claims?|reports?|allegations?|accusations?|"
    r"suggestions?|assertions?|charges?)(?:\s+(?:made\s+)?(?:by|of|from)\s+(?:the\s+)?"
    r"(?P<src>(?-i:[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w’'.-]*){0,5})))?\s+)?"
    r"that\s*$",
    re.I,
)
_MIN_SHARED = 2  # content words a statement shares with an untargeted denial to be denied
#: how an accusation or a report is framed: the denied side of "X denied that P" is a
#: statement someone *reported*, *claimed* or *alleged* (on 354 Tehran Times pages, the
#: statements merely "said" that shared words with a denial were the denier's own side's)
_ACCUSING_FRAME = re.compile(
    r"\b(?:report(?:ed|s|ing)?|claim(?:ed|s|ing)?|alleg(?:ed|es|ing)|accus(?:ed|es|ing)|"
    r"charg(?:ed|es|ing)|quot(?:ed|es|ing)|according\s+to)\b",
    re.I,
)
#: a frame that rejects what follows ("rejecting claims that ...", "called it baseless"):
#: no accusation of its own
_REJECTING = (
    r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"baseless|unfounded|groundless|false(?:ly|hood)?|lies?|lying|fabricat\w*"
)
_REJECTING_FRAME = re.compile(rf"\b(?:{_REJECTING})\b", re.I)
#: words that talk about an accusation instead of making it ("is a baseless accusation",
#: "those who make such allegations"): no side to deny
_ABOUT_ACCUSATION = re.compile(rf"\b(?:{_REJECTING}|accusations?|allegations?)\b", re.I)


#: a statement of intent or preparation ("was getting ready to give", "plans to send",
#: "will deliver"): a denial that the deed was done ("denied that it had supplied ...")
#: does not answer it -- both can be true.  An independent reader of the Tehran Times
#: build (seed 77) found the two such pairs of contradictions@6 not genuine.
_PROSPECTIVE = re.compile(
    r"\b(?:(?:ready|prepar\w*|plann?\w*|plott\w*|intend\w*|intent\w*|poised|about|set|"
    r"going|aim\w*|seek\w*|consider\w*|expected|likely)\s+to\b|will|shall|would)\b",
    re.I,
)


def _intent_answered(denied: str, denial: str) -> bool:
    """Whether a denial can answer a statement: a statement of intent or preparation is
    answered only by a denial that speaks of intent too ("denied that it had plotted to
    ...")."""
    return not _PROSPECTIVE.search(denied) or bool(_PROSPECTIVE.search(denial))


def _denied_by_frame(d: dict[str, Any]) -> str | None:
    """For a negated statement with no named target: ``"?"`` when its frame denies a
    proposition ("X denied that the Front had killed ..."), the source's name when the
    frame names whose claim ("X rejected claims by the Front that ..."), else ``None``.
    Branch 15s: denials whose words follow "that" were paired with nothing."""
    if d.get("denies") or d["status"] != "negated":
        return None
    a = d.get("statement_start", -1)
    start = d.get("start", 0)
    if a is None or a <= start:
        return None
    m = _DENY_FRAME.search(d.get("text", "")[: a - start])
    if m is None:
        return None
    return m.group("src") or "?"


#: where a sentence before a statement's own frame ends: its closing mark, any closing
#: quote or bracket, then space ("... on Monday. “This was ...")
_LAST_WORD = re.compile(r"(\w+)$")
_SENTENCE_BEFORE = re.compile(r"[.!?][\"”’')\]]*\s+|\n")


def _own_frame(before: str) -> str:
    """The words before a claim's statement that belong to its own sentence.  A claim whose
    words point back is shown from the sentence they point to (:mod:`..analyze.claims.context`),
    so its text before the statement can hold that whole earlier sentence: "The Post reported
    fighting. “This was a massacre ...,” X said." is X's plain word, not a report.  A period
    after an abbreviation or an initial ("quoted Gen. Mila Odrin as saying", "the U.S.
    claim") ends no sentence, as in the claims stage's own splitting (``extract.ABBREVIATIONS``)."""
    cut = 0
    for m in _SENTENCE_BEFORE.finditer(before):
        if m.group().startswith("."):
            w = _LAST_WORD.search(before, 0, m.start())
            if w is not None and (w.group(1) in ABBREVIATIONS or len(w.group(1)) == 1):
                continue
        cut = m.end()
    return before[cut:]


def _accuses(c: dict[str, Any]) -> bool:
    """Whether a claim makes an accusation or a report another source can deny: framed by a
    verb of reporting or claiming, and not itself talking of accusations."""
    text, start = c.get("text", ""), c.get("start", 0)
    a = c.get("statement_start", -1)
    frame = _own_frame(text[: a - start]) if a is not None and a > start else text
    return bool(_ACCUSING_FRAME.search(frame)) and not (
        _REJECTING_FRAME.search(frame) or _ABOUT_ACCUSATION.search(c["statement"])
    )


def _untargeted_denials(
    claims: list[dict[str, Any]], seen: set[tuple[str, str]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(denied, denial)`` pairs for "X denied that P": another speaker's plain assertion
    in the article that shares at least ``_MIN_SHARED`` content words with P ("the Harbor
    Post reported that the Front had killed 12 soldiers" / "Renk denied that the group had
    killed any soldiers"), its names left out; at most ``_MAX_DENIED``, nearest first."""
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for d in claims:
        if d.get("_denied") != "?" or _unsure_speaker(d):
            continue
        names = _words(d.get("source_name") or "")
        want = _words(d["statement"]) - names
        if len(want) < _MIN_SHARED:
            continue
        cands = [
            c for c in claims
            if c is not d and not c.get("denies") and not c.get("_denied")
            and c["status"] == "asserted" and _plain(c) and not _same_speaker(c, d)
            and not _unsure_speaker(c) and c.get("source_kind") != "author"
            and _accuses(c) and _intent_answered(c["statement"], d["statement"])
            and len(want & (_words(c["statement"]) - _words(c.get("source_name") or "")))
            >= _MIN_SHARED
        ]  # fmt: skip
        cands = [c for c in _one_per_sentence(cands) if _says_something(c["statement"])]
        cands.sort(key=lambda c: abs((c.get("start") or 0) - (d.get("start") or 0)))
        for c in cands[:_MAX_DENIED]:
            key = (c["id"], d["id"])
            if key not in seen:
                seen.add(key)
                out.append((c, d))
    return out


def denials_in(claims: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(denied claim, denying claim)`` pairs of one article (see module docstring)."""
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    seen: set[tuple[str, str]] = set()
    for d in claims:
        den = _denied_by_frame(d)
        if den is not None:
            d["_denied"] = den
            if den != "?":
                d["denies"] = den  # "rejected claims by the Front that ...": the Front's
    for d in claims:
        if not d.get("denies") or _unsure_speaker(d):
            continue
        target = name_key(d["denies"])
        cands = [
            c for c in claims
            if c is not d and not c.get("denies") and c["status"] == "asserted" and _plain(c)
            and _matches(target, c) and not _same_speaker(c, d) and not _unsure_speaker(c)
            and not _reference_only(c, target)
        ]  # fmt: skip
        counters = [
            e for e in claims
            if e is not d and not e.get("denies") and _same_speaker(e, d)
            and _CORRECTIVE.search(e["text"]) and not _CLARIFIES_SPEECH.search(e["text"])
            and not _matches(target, e) and _says_something(e["statement"])
            and not _unsure_speaker(e)
        ]  # fmt: skip
        denied = d["statement"]
        bare = target in name_key(denied) or d["status"] != "negated"
        if not bare:  # "denied a claim by X that P": only X's claims about P
            want = _words(denied)
            cands = [c for c in cands if len(want & _words(c["statement"])) >= 2]
        else:
            # "X rejected the Y report": Y's claims that share a word with the denial's
            # sentence or the denier's corrections, besides the two names (a PTC article:
            # Y's first claims, on other matters, were paired with the bare rejection)
            names = _words(d["denies"]) | _words(d.get("source_name") or "")
            topic = (_words(d["text"]) | {w for e in counters for w in _words(e["text"])}) - names
            cands = [c for c in cands if topic & _words(c["statement"])][:_MAX_DENIED]
        # a side must say something: "“The three were onboard [" (words cut at a bracket)
        # is no statement a reader can weigh
        cands = [c for c in _one_per_sentence(cands) if _says_something(c["statement"])]
        chosen = {c["id"] for c in cands}
        counters = [e for e in counters if e["id"] not in chosen]
        for c in cands:
            for e in [d, *counters]:
                key = (c["id"], e["id"])
                if key not in seen:
                    seen.add(key)
                    out.append((c, e))
    return out + _untargeted_denials(claims, seen)


def _said(c: dict[str, Any]) -> str:
    """A side's words; a denial's as denied ("not: it arms separatists"), so that the
    two sides of "X denies Y's accusations that P" do not read alike."""
    return f"not: {c['statement']}" if c["status"] == "negated" else str(c["statement"])


_LEAD_NAME = re.compile(r"\s*(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?=\s+[a-z])")


def _lead_entity(store: Store, doc_id: str, statement: str) -> str | None:
    """The entity a statement opens with as its subject: "Vellorn is arming rebels" is
    about Vellorn, whoever says it (the accuser was shown as the subject before)."""
    m = _LEAD_NAME.match(statement or "")
    return store.entity_named(doc_id, m.group(1)) if m else None


def _subject_of(store: Store, doc_id: str, c: dict[str, Any], *more: str | None) -> str | None:
    return (
        c.get("subject") or _lead_entity(store, doc_id, c.get("statement") or "")
        or c.get("source_entity")
        or store.entity_named(doc_id, c.get("source_name") or "")
        or next((e for e in (store.entity_named(doc_id, m or "") for m in more) if e), None)
    )  # fmt: skip


def _row(
    subject: str, kind: str, a: dict[str, Any], va: str, b: dict[str, Any], vb: str
) -> tuple[Any, ...]:
    """A per-article row; its id does not depend on the sides' order."""
    lo, hi = sorted((a["id"], b["id"]))
    return (make_id("contradiction", lo, hi), subject, "statement", kind, va, vb, a["id"],
            b["id"], RESOLVER)  # fmt: skip


def _denial_rows(store: Store, doc_id: str) -> list[tuple[Any, ...]]:
    doc = store.get_document(doc_id)
    if doc is None:
        return []
    claims = _with_text(store.claims_of_document(doc_id), doc["text"])
    rows = []
    disputed = disputed_quotes_in(claims)
    for r, k in disputed:
        # the dispute is about what the quoted person said, whatever the words are about
        subject = (
            r.get("source_entity") or store.entity_named(doc_id, r.get("source_name") or "")
            or _subject_of(store, doc_id, r)
        )  # fmt: skip
        if subject:
            rows.append(_row(subject, KIND, r, str(r["statement"]), k, _said(k)))
    for c, e in denials_in(claims):
        denier = next((d for d in claims if d.get("denies") and _same_speaker(e, d)), e)
        kind = "denial"
        channel = relayed_by(c)
        if channel and any(
            r.get("start") == c.get("start") and relayed_by(r) == channel for r, _ in disputed
        ):
            continue  # one dispute, shown by the correction of the words ("X clearly said")
        if (
            channel and c.get("source_kind") == "named"
            and _matches(name_key(denier.get("denies") or ""), {"via": c.get("via")})
            and (misreport(c["text"]) or any(
                misreport(x["text"]) for x in claims if x is denier or _same_speaker(x, denier)
            ))
        ):  # fmt: skip
            # the report of what someone said is what is denied, and called false: a
            # disputed quote, the outlet's account against the denier's (a report whose
            # anonymous source is denied stays a denial of its content)
            kind = KIND
        subject = _subject_of(store, doc_id, c, denier.get("denies"))
        if kind == KIND:
            subject = c.get("source_entity") or subject
        if (
            kind == "denial" and _ACCUSED_PRONOUN.match(c["statement"]) and not c.get("subject")
            and c.get("start") == denier.get("start")
        ):  # fmt: skip
            # "X denies Y's accusations that it arms rebels": the accused is the denier, not
            # the accuser (an independent reader, seed 57: the row read alone reversed who
            # is accused)
            subject = (
                denier.get("source_entity")
                or store.entity_named(doc_id, denier.get("source_name") or "") or subject
            )  # fmt: skip
        if kind == "denial" and e.get("_denied") == "?":
            # "X denied that P": the subject of P, whoever reported it (the reporting outlet
            # was shown as the subject)
            subject = (
                c.get("subject") or e.get("subject")
                or _lead_entity(store, doc_id, e.get("statement") or "")
                or _lead_entity(store, doc_id, c.get("statement") or "") or subject
            )  # fmt: skip
        if not subject and kind == "denial":
            subject = e.get("source_entity")
        if not subject:
            continue
        if kind == KIND:
            rows.append(_row(subject, kind, c, _said(c), e, _said(e)))
            continue
        a, b = (c, e) if c["id"] < e["id"] else (e, c)
        rows.append(_row(subject, kind, a, _said(a), b, _said(b)))
    return rows


def _prepare(store: Store, ids: Sequence[str], subject_type: str | None) -> list[dict[str, Any]]:
    """Claims ``ids`` as :func:`conflict` reads them, in the order given."""
    got = store.get_claims(ids, text=True)
    claims = [got[i] for i in ids if i in got]
    for c in claims:
        c["subject_type"] = subject_type
        c["source_key"] = name_key(c.get("source_name") or "")
        c["doc"] = c["document_id"]
        c["text"] = c.get("text") or ""
    return claims


def _needed(
    store: Store, ids: Sequence[str], new: set[str], spec: AttributeSpec, subject_type: str | None,
    tol: float,
) -> list[dict[str, Any]]:  # fmt: skip
    """Claims ``ids`` as :func:`_prepare` gives them, read whole only where
    :func:`_new_pairs` may judge them: the new claims and the claims that a new one's
    year (:func:`_peers`) and gate (:func:`_may_conflict`) let through; the others as
    their gate's fields alone, which is all :func:`_new_pairs` reads of them.  A key of
    300 claims of a strength estimate read 300 whole claims for each new one (issue 18:
    26 ms a key at 100,000 stored documents); its year's claims are a few."""
    return _needed_judged(store, ids, new, spec, subject_type, tol)[0]


def _needed_judged(
    store: Store, ids: Sequence[str], new: set[str], spec: AttributeSpec, subject_type: str | None,
    tol: float,
) -> tuple[list[dict[str, Any]], _Judged]:  # fmt: skip
    """:func:`_needed`, and :func:`_judge` of its claims for :func:`_new_pairs` (issue 18:
    judging a key of 300 claims twice was a sixth of the resolver at 100k documents)."""
    light = store.claim_gates(ids)
    lite = [light[i] for i in ids if i in light][:_MAX_CLAIMS_PER_KEY]
    gates, peers = judged = _judge(lite, spec, tol)
    want = set()
    for j, b in enumerate(lite):
        if b["id"] in new:
            want.add(b["id"])
            want.update(lite[i]["id"] for i in peers[j] if _may_conflict(gates[i], gates[j]))
    whole = {
        c["id"]: c
        for c in _prepare(store, [c["id"] for c in lite if c["id"] in want], subject_type)
    }
    return [whole.get(c["id"], c) for c in lite], judged


def _repair(
    store: Store, subject: str, attribute: str, spec: AttributeSpec, settings: Settings,
    state: tuple[str | None, list[str]] | None,
) -> int:  # fmt: skip
    """Bring one (subject, attribute) up to date; the rows added.

    The key's rows are the conflicting pairs of its first ``_MAX_CLAIMS_PER_KEY``
    claims in :meth:`claims_about` order.  The rows stored are those of the claims the
    last pass paired (``state``); a pair's verdict reads only its two claims and the
    subject's type, so while the type is unchanged the rows of pairs of claims still
    among the first stand: the rows of claims that left them (fell past the cap under
    earlier-dated new claims, or left the key) are dropped, and only the claims new
    among them are paired, against the others and each other.  The result is the rows
    of a full pairing, at a cost per new claim that does not grow with the key's
    history; without state, or with another type, the key is paired in full."""
    tol = settings.contradiction_tolerance_pct
    first = store.claim_ids_in_key(subject, attribute, _MAX_CLAIMS_PER_KEY)
    entity = store.get_entity(subject)
    subject_type = entity["type"] if entity else None
    if state is not None and state[0] == subject_type:
        paired = set(state[1])
        new = set(first) - paired
        gone = paired - set(first)
        if not new and not gone:
            return 0
        if gone:
            store.drop_contradictions(subject, attribute, sorted(gone))
        rows = []
        if new:
            claims, judged = _needed_judged(store, first, new, spec, subject_type, tol)
            rows = _new_pairs(claims, new, spec, tol, judged)
        store.add_contradictions(subject, attribute, rows)
    else:
        rows = _pairs(_prepare(store, first, subject_type), spec, tol)
        store.replace_contradictions(subject, attribute, rows)
    store.set_contradiction_key(subject, attribute, subject_type, first)
    return len(rows)


def resolve_contradictions(store: Store, settings: Settings) -> int:
    """Pair the new claims of every (subject, attribute) that got some, and recompute
    the denials of every article with new claims (incremental: see :func:`_repair`)."""
    mark = store.claims_mark("contradictions")
    dirty: set[tuple[str, str]] = set()
    docs: set[str] = set()
    last = mark
    waiting: list[tuple[str, str]] = []
    resolved: list[str] = []

    def see(c: dict[str, Any], was_waiting: bool) -> None:
        docs.add(c["document_id"])
        if c["subject"] and c["attribute"]:
            dirty.add((c["subject"], c["attribute"]))
            if was_waiting:
                resolved.append(c["id"])
        elif c["subject_start"] >= 0 and c["attribute"] and not was_waiting:
            # its subject mention is not linked to an entity yet (entities run later, or
            # failed, or never link it): read it again, by id, on every pass until it is
            waiting.append((c["id"], c["document_id"]))

    for c in store.get_claims(store.contradiction_waiting()).values():
        see(c, True)
    for c in store.iter_claims(after_rowid=mark):
        see(c, False)
        last = max(last, c["claim_rowid"])
    specs = attribute_index()
    state = store.contradiction_keys(sorted(dirty))
    found = 0
    with store.transaction():
        for subject, attribute in sorted(dirty):
            spec = specs.get(attribute)
            if spec is None:
                continue
            found += _repair(
                store, subject, attribute, spec, settings, state.get((subject, attribute))
            )
        for doc_id in sorted(docs):
            rows = _denial_rows(store, doc_id)
            store.replace_denials(doc_id, rows)
            found += len(rows)
        store.set_contradiction_waiting(waiting, resolved)
        store.set_claims_mark("contradictions", last)
    return found


def estimates_over_time(store: Store, entity_id: str, attribute: str) -> list[dict[str, Any]]:
    """Every asserted claim of one attribute of one entity, oldest first, with date and source."""
    rows = [c for c in store.claims_about(entity_id, attribute) if c["status"] == "asserted"]
    return sorted(rows, key=lambda c: (claim_date(c) or "9999", c["claim_rowid"]))


@resolvers.register("newsdossier.contradictions.v1")
def run_contradiction_resolver(store: Store, settings: Settings) -> int:
    return resolve_contradictions(store, settings)
