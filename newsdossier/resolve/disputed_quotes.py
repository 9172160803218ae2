"""Disputed quotes (issue 15): an outlet's account of what someone said against a
correction of that account.  Precision first.

A news convention: outlet O reports that X said "A" ("O quoted X as saying ‘A’",
"X told O that A"); officials, X's office or X answer that X said something else ("X
clearly said ‘B’", "X only said B", "what X actually said was B") and that O's report
is wrong ("rejected the O report", "O falsely quoted X", "#fakenews").  The dispute is
over *what X said*, not over a fact, so it is not a ``value`` or a ``denial`` about X:
it is shown as O's account against the correcting source's account, both spans kept:

- side **a**: X's words as relayed via O (the claim's ``via`` is O); of a sentence's
  claims, the quoted words when there are some;
- side **b**: the correction of X's words, through another channel (the officials that
  say it, or X), or -- when no correction gives other words -- the denial of O's report.

Both need the article to dispute O's account: a denial whose target is O, or O's report
itself called false ("falsely quoted", "misquoted", "distorted", "fake news").  Without
that, two versions of X's words are two quotes, not a dispute (an independent reader,
seed 33, judged "X clearly said ‘B’" against "O quoted X as saying ‘A’" not genuine when
shown as a denial by X of X's own words: the words do not exclude each other, the
accounts do).
"""

from __future__ import annotations

import re
from typing import Any

from ..names import name_key
from .people import distinct_people, name_tokens

__all__ = [
    "CLARIFIES_SPEECH",
    "KIND",
    "content_words",
    "disputed_quotes_in",
    "misreport",
    "relayed_by",
]

KIND = "disputed_quote"

#: a correction of what someone *said*: other words given as the right ones
CLARIFIES_SPEECH = re.compile(
    r"\b(?:clearly|actually|really|in fact|only|merely|simply|just|explicitly)\s+"
    r"(?:said|says|stated|states|meant|means|told|wrote|tweeted|declared|remarked|referred)\b"
    r"|\bwhat\s+(?:\w+\s+){1,3}?(?:actually|really|truly)?\s*(?:said|meant|stated)\b",
    re.I,
)
#: a report called false by the article or its sources
_MISREPORT = re.compile(
    r"\b(?:falsely|wrongly|erroneously|incorrectly|mistakenly|deliberately)\s+"
    r"(?:quoted|attributed|reported|cited|claimed|translated)\b"
    r"|\bmis(?:-|\s)?(?:quot|represent|translat|report|interpret|characteri[sz])\w*"
    r"|\bdistort\w*|\bfabricat\w*|\bfake\s*news\b|#fakenews|\bout\s+of\s+context\b"
    r"|\btwisted\s+(?:his|her|their|the)\s+(?:words|remarks|comments)\b",
    re.I,
)


#: a person's denial of having said something ("denied saying", "never said that")
_DENIES_SAYING = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:ever\s+|having\s+)?(?:saying|said|making|using|"
    r"uttering|calling)\b|\bnever\s+(?:said|called|used|made|uttered)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:say|use|make)\s+(?:that|those|these|such|any)\b",
    re.I,
)
_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "will",
        "would",
        "they",
        "their",
        "there",
        "which",
        "what",
    ]
)


_CONTENT_WORD = re.compile(r"[a-z][a-z-]{3,}")


def content_words(text: str, stop: frozenset[str] = _STOP) -> set[str]:
    """The content words of ``text`` as 6-letter stems, ``stop`` words left out: what two
    statements must share to be about one thing (here and in :mod:`.contradictions`)."""
    return {w[:6] for w in _CONTENT_WORD.findall(text.lower()) if w not in stop}


def misreport(text: str) -> bool:
    """Whether ``text`` calls a report false ("falsely quoted", "distorted", "#FakeNews")."""
    return bool(_MISREPORT.search(text))


def _key(name: str | None) -> str:
    return name_key(name or "")


def _same_name(a: str, b: str) -> bool:
    """Name keys of one source: equal, or one a whole-word part of the other ("Renk" and
    "Ivo Renk"); a bare short token is no name."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and f" {short} " in f" {long_} "


def relayed_by(c: dict[str, Any]) -> str:
    """The channel of a relayed claim: its ``via`` when that is not the speaker itself."""
    via = _key(c.get("via"))
    return via if via and not _same_name(via, c.get("source_key") or "") else ""


def _speaker_of(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two claims quote the same person: one resolved entity, else one name."""
    ea, eb = a.get("source_entity"), b.get("source_entity")
    if ea and eb:
        # one entity, but two full names that share only a word are two people
        return bool(ea == eb) and not distinct_people(a, b, "source_name")
    return _same_name(a.get("source_key") or "", b.get("source_key") or "")


def _names_in_correction(r: dict[str, Any], statement: str) -> bool:
    """Whether a statement corrects the words of ``r``'s speaker by name, inside another
    source's words ("“Renk clearly said ‘...’,” the spokeswoman wrote")."""
    key = r.get("source_key") or ""
    last = key.split()[-1] if key else ""
    if len(last) < 4:
        return False
    for m in CLARIFIES_SPEECH.finditer(statement):
        before = name_key(statement[max(0, m.start() - 40) : m.start()])
        # the name ends right before the verb: "President Renk clearly said", not "Renk's
        # aide clearly said"
        if re.search(rf"(?:^| ){re.escape(last)}$", before.strip()):
            return True
    return False


def _channel(c: dict[str, Any]) -> str:
    return relayed_by(c) or (c.get("source_key") or "")


def _plain(c: dict[str, Any]) -> bool:
    return bool(
        c.get("status") == "asserted"
        and c.get("polarity", "positive") == "positive"
        and c.get("modality", "asserted") == "asserted"
    )


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z][A-Za-z’'-]{2,}", text))


def _named(c: dict[str, Any]) -> bool:
    """A speaker with a name: a named source, or one filed as anonymous that still has a
    proper name ("“...,” the paper quoted Ivo Renk as saying" opens with the quote)."""
    kind = c.get("source_kind")
    return kind == "named" or (kind == "anonymous" and bool(name_tokens(c.get("source_name"))))


def _accounts(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One relayed account per sentence and channel: the quoted words when the sentence
    has some ("quoted X as issuing a threat, ‘A,’ the paper quoted him as saying")."""
    best: dict[tuple[Any, str], dict[str, Any]] = {}
    for c in claims:
        if not (relayed_by(c) and _plain(c) and _named(c)):
            continue
        if c.get("denies") or _words(c.get("statement") or "") < 3:
            continue
        k = (c.get("start"), relayed_by(c))
        old = best.get(k)
        if old is None or (c.get("quote") == "direct" and old.get("quote") != "direct"):
            best[k] = c
    return sorted(best.values(), key=lambda c: (c.get("start", 0), c["id"]))


def _denies_saying(r: dict[str, Any], c: dict[str, Any]) -> bool:
    """Whether ``c`` is the quoted person's own denial of the reported words ("Renk denied
    saying the mayor would be gone", "I never said that the mayor will be gone"): the
    same person, and the denied words share at least two content words with the report."""
    if not (_DENIES_SAYING.search(c["text"]) and _speaker_of(r, c)):
        return False
    return (
        len(content_words(r.get("statement") or "") & content_words(c.get("statement") or "")) >= 2
    )


def disputed_quotes_in(
    claims: list[dict[str, Any]],
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(account, correction)`` pairs of one article: X's words via outlet O, and the
    correction of them through another channel (see the module docstring).  Claims are
    dicts with ``statement``, ``text``, ``source_key``, ``source_entity``, ``via``,
    ``denies``, ``quote``, ``status``/``polarity``/``modality``."""
    disputed = {_key(d["denies"]) for d in claims if d.get("denies")}
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for r in _accounts(claims):
        channel = relayed_by(r)
        called_false = any(_same_name(t, channel) for t in disputed) or misreport(r["text"])
        for c in claims:
            if c is r or c.get("start") == r.get("start"):
                continue
            if _same_name(_channel(c), channel) or _words(c.get("statement") or "") < 3:
                continue  # O's own second account is no correction of it
            if _denies_saying(r, c):
                out.append((r, c))  # the person denies the words: the dispute itself
                continue
            if not _plain(c):
                continue
            if not (
                (CLARIFIES_SPEECH.search(c["text"]) and _speaker_of(r, c))
                or _names_in_correction(r, c.get("statement") or "")
            ):
                continue
            # the report called false: by a denial of O's report, in the report's sentence,
            # or by the correcting source ("... clearly said ‘...’. Stop #fakenews")
            if called_false or any(
                misreport(e["text"]) and _same_name(_channel(e), _channel(c)) for e in claims
            ):
                out.append((r, c))
    return out
