"""The labels a document applies to the actors it names, for framing profiles.

Two sources, both generic (no list of actors anywhere; the word lists in
``data/framing/labels.yml`` are kinds of words):

- **Patterns around a mention** (``pattern`` is the rule's name):
  ``attributive``  "the *terrorist* X", "the *exiled opposition group* X"
  ``head``         "X *cult*", "X *terrorist group*" (a label noun after the name)
  ``apposition``   "X, *a dissident group*," and "the *cult*, the X,"
  ``known-as``     "the *terrorist cult* known as the X"
  ``predicate``    "X are *a cult*", "X is nothing but *a gang*" (never with "not")
- **Loaded words of framing spans** that target the mention
  (``framing:<technique>``, only the labelling techniques
  :data:`LABEL_TECHNIQUES`, only spans of at most ``MAX_LABEL_WORDS`` words):
  the words of the span next to the mention, without the name itself.

A label is normalised to lower case, function words dropped, at most
:data:`MAX_LABEL_WORDS_OUT` words, the last word singular ("dissidents" ->
"dissident").  Each label keeps its evidence: ``start``/``end`` cover the
label words and the mention (0-based, end-exclusive offsets into the text).

Known limits (measured on the sample corpus): without part-of-speech tags a
lower-case verb between an article and a name could pass as a label; the
rules below require multi-word labels to end in a label noun to keep that
rare.  A name used as a label ("the Resistance") is a mention, not a label.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import yaml

from ...model import FramingLabel, FramingSpanRecord, Mention
from .targets import MAX_LABEL_WORDS

__all__ = [
    "LABEL_TECHNIQUES",
    "MAX_LABEL_WORDS_OUT",
    "LabelLexicon",
    "extract_labels",
    "load_label_lexicon",
    "normalize_label",
]

#: Techniques whose spans name or describe an actor: their words are labels.
LABEL_TECHNIQUES = frozenset({"Name_Calling,Labeling", "Loaded_Language"})
#: Target links a span label is taken from: a ``nearest`` link is a guess
#: (the sample corpus's "Estmark was 'rewarding a terrorist cult'").
LABEL_LINKS = frozenset({"possessive", "overlap", "adjacent", "apposition", "predicate"})
#: Longest normalised label kept, in words.
MAX_LABEL_WORDS_OUT = 4
_WINDOW = 90  # characters looked at on each side of a mention

_W = r"[A-Za-z][\w’'-]*"
_LOW = r"[a-z][\w’'-]*"
_DET = r"(?i:the|a|an|this|that|these|those|its|their|his|her)"
_ATTRIBUTIVE = re.compile(rf"(?:^|(?<=[^\w’'-])){_DET}[ \t]+(?P<w>(?:{_W}[ \t]+){{1,4}})$")
_HEAD = re.compile(rf"^[ \t]+(?:(?P<mod>{_LOW})[ \t]+)?(?P<head>{_LOW})(?![\w’'-])")
_HEAD_ALONE = re.compile(rf"^[ \t]+(?P<mod>)(?P<head>{_LOW})(?![\w’'-])")
_NEXT_WORD = re.compile(rf"^[ \t]+(?P<w>{_W})")
_APPOS_AFTER = re.compile(
    r"^[ \t]*,[ \t]+(?i:the|a|an)[ \t]+(?P<w>[^,.;:()\[\]\"“”\n]{1,60}?)[ \t]*(?=[,.;:()\n]|$)"
)
_APPOS_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w’'-])){_DET}[ \t]+(?P<w>(?:{_LOW}[ \t]+){{0,2}}{_LOW})[ \t]*,[ \t]+(?:(?i:the)[ \t]+)?$"
)
_KNOWN_AS = re.compile(
    rf"(?:^|(?<=[^\w’'-])){_DET}[ \t]+(?P<w>(?:{_LOW}[ \t]+){{0,2}}{_LOW})[ \t]*,?[ \t]+"
    rf"(?:known|called|named|dubbed|branded)[ \t]+(?:as[ \t]+)?(?:(?i:the)[ \t]+)?$"
)
_PREDICATE = re.compile(
    r"^[ \t]+(?:is|are|was|were|remains?|remained)[ \t]+"
    r"(?:(?:still|just|merely|simply|only|nothing[ \t]+(?:more|but|other)(?:[ \t]+than)?)[ \t]+)*"
    rf"(?:a|an|the)[ \t]+(?P<w>(?:{_LOW}[ \t]+){{0,2}}{_LOW})(?![\w’'-])"
)
_LOWER_RUN = re.compile(rf"[ \t]+(?:{_LOW}[ \t]+){{1,3}}")
_AFTER_APPOSED = re.compile(r"^[ \t]*(?:[,;.)]|$)")
_TOKEN = re.compile(rf"{_W}|[^\w\s]")


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    """The word lists of ``data/framing/labels.yml`` (lower case)."""

    heads: frozenset[str]
    neutral: frozenset[str]
    stops: frozenset[str]
    function: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_label_lexicon() -> LabelLexicon:
    raw = resources.files("newsdossier").joinpath("data/framing/labels.yml").read_text("utf-8")
    table = yaml.safe_load(raw)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in table[key])

    heads = frozenset(w.split()[-1] for w in words("heads"))
    return LabelLexicon(heads, words("neutral_modifiers"), words("stops"), words("function_words"))


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")):
        return word[:-1]
    return word


def normalize_label(words: Iterable[str], lex: LabelLexicon | None = None) -> str | None:
    """Lower-case label from its words: function words dropped, last word singular.

    ``None`` when nothing label-like is left (no word of 3+ letters, only
    neutral modifiers, or more than :data:`MAX_LABEL_WORDS_OUT` words).
    """
    lex = lex or load_label_lexicon()
    out = [w.lower().strip("'’-") for w in words]
    out = [w for w in out if w and w not in lex.function]
    if not out or len(out) > MAX_LABEL_WORDS_OUT:
        return None
    if all(w in lex.neutral for w in out) or not any(len(w) >= 3 and w.isalpha() for w in out):
        return None
    out[-1] = _singular(out[-1])
    return " ".join(out)


def _cut(words: list[str], lex: LabelLexicon) -> list[str]:
    """Words up to the first stop word or name after "of" (a role: "president of X")."""
    kept: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in lex.stops or not w[0].isalpha():
            break
        if low == "of":
            nxt = next((x for x in words[i + 1 :] if x.lower() not in lex.function), "")
            if nxt[:1].isupper():
                break
        kept.append(w)
    return kept


def _mention_labels(
    text: str, m: Mention, lex: LabelLexicon, starts: frozenset[int]
) -> Iterable[tuple[str, str, int, int]]:
    """``(pattern, label, start, end)`` for one mention; start/end cover label words and name.

    ``starts`` are the start offsets of all mentions of the text.
    """
    left = text[max(0, m.start - _WINDOW) : m.start]
    right = text[m.end : m.end + _WINDOW]
    base = m.start - len(left)
    # A name that modifies a later name is not what the words around it label:
    # in "the exiled Zaravandi opposition group JAMZ" they label JAMZ.
    run = _LOWER_RUN.match(right)
    modifier = run is not None and (
        m.end + run.end() in starts and not any(w.lower() in lex.stops for w in run.group().split())
    )
    att = None if modifier else _ATTRIBUTIVE.search(left)
    if att:
        words = att.group("w").split()
        lows = [w for w in words if w[0].islower()]
        # One word ("the terrorist X") or a run ending in a label noun ("the
        # exiled opposition group X"): a lower-case run ending otherwise is
        # usually a clause ("the crowd cheered X").
        ok = words[-1][0].islower() and not any(w.lower() in lex.stops for w in words)
        if ok and (len(lows) == 1 or words[-1].lower() in lex.heads):
            label = normalize_label(lows, lex)
            if label:
                yield "attributive", label, base + att.start("w"), m.end
    head = None if modifier else _HEAD.match(right)
    if head and head.group("head") not in lex.heads:  # "X terrorists are": no modifier
        head = _HEAD_ALONE.match(right)
    if head and head.group("head") in lex.heads:
        mod = head.group("mod")
        nxt = _NEXT_WORD.match(right, head.end())
        # the head must end the noun phrase: not "X terrorist list", not "X group JAMZ"
        follows_ok = nxt is None or (
            nxt.group("w").lower() in lex.stops | lex.function
            and m.end + head.end() + nxt.start("w") not in starts
        )
        if follows_ok and not (mod and mod in lex.stops | lex.function):
            label = normalize_label([*([mod] if mod else []), head.group("head")], lex)
            if label:
                yield "head", label, m.start, m.end + head.end()
    app = _APPOS_AFTER.match(right)
    if app and app.group("w")[:1].islower():
        # "X, the cult has tried ..." is a new clause, not an apposition: a
        # stop word inside the phrase rejects it ("X, the president of Y" is
        # cut to a role and rejected by the head-noun test).
        words = app.group("w").split()
        cut = _cut(words, lex)
        clause = len(cut) < len(words) and words[len(cut)].lower() != "of"
        if cut and not clause and any(w.lower() in lex.heads for w in cut):
            words = cut
            label = normalize_label(words, lex)
            if label:
                yield "apposition", label, m.start, m.end + app.end("w")
    for pattern, regex in (("apposition", _APPOS_BEFORE), ("known-as", _KNOWN_AS)):
        found = regex.search(left)
        if not found or found.group("w").split()[-1].lower() not in lex.heads:
            continue
        if pattern == "apposition" and not _AFTER_APPOSED.match(right):
            continue  # "the group, X said": X is the speaker, not the group
        label = normalize_label(found.group("w").split(), lex)
        if label:
            yield pattern, label, base + found.start("w"), m.end
    pred = _PREDICATE.match(right)
    if pred and pred.group("w").split()[-1].lower() in lex.heads:
        label = normalize_label(pred.group("w").split(), lex)
        if label:
            yield "predicate", label, m.start, m.end + pred.end("w")


def _side_words(tokens: list[str], lex: LabelLexicon, *, reverse: bool) -> list[str]:
    """The label-like run of ``tokens`` next to the name (``reverse``: tokens left of it)."""
    seq = list(reversed(tokens)) if reverse else list(tokens)
    while seq and (seq[0].lower() in lex.stops | lex.function or not seq[0][0].isalpha()):
        seq.pop(0)
    run: list[str] = []
    for tok in seq:
        if not tok[0].isalpha() or tok.lower() in lex.stops:
            break
        run.append(tok)
    run = [t for t in run if t[0].islower()]
    return list(reversed(run)) if reverse else run


def _span_label(text: str, span: FramingSpanRecord, lex: LabelLexicon) -> str | None:
    """The loaded words of a labelling span that targets a mention (module docstring)."""
    if span.technique not in LABEL_TECHNIQUES or span.target_how not in LABEL_LINKS:
        return None
    if len(span.text.split()) > MAX_LABEL_WORDS:
        return None
    ts, te = span.target_start, span.target_end
    if ts < span.end and te > span.start:  # the name is inside: words on each side of it
        left = _TOKEN.findall(text[span.start : max(span.start, ts)])
        right = _TOKEN.findall(text[min(span.end, te) : span.end])
        right = right[1:] if right[:1] in (["'"], ["’"]) else right  # possessive 's
    elif te <= span.start:
        left, right = [], _TOKEN.findall(span.text)
    else:
        left, right = _TOKEN.findall(span.text), []
    for words in (_side_words(left, lex, reverse=True), _side_words(right, lex, reverse=False)):
        label = normalize_label(words, lex) if words else None
        if label:
            return label
    return None


def extract_labels(
    doc_id: str,
    text: str,
    mentions: Sequence[Mention],
    spans: Sequence[FramingSpanRecord] = (),
    *,
    analyzer: str = "newsdossier.framing",
    version: str = "1",
) -> list[FramingLabel]:
    """Labels applied to ``mentions`` in ``text``: patterns first, then framing spans.

    One label per (mention, label): a framing span that repeats a pattern's
    label adds nothing.  Sorted by offset.
    """
    lex = load_label_lexicon()
    out: dict[tuple[str, str], FramingLabel] = {}

    def add(m: Mention, pattern: str, label: str, start: int, end: int) -> None:
        key = (m.id, label)
        if key not in out:
            out[key] = FramingLabel(
                doc_id, start, end, text[start:end], label, pattern, m.id, m.start, m.end,
                m.text, m.key, analyzer, version,
            )  # fmt: skip

    starts = frozenset(m.start for m in mentions)
    for m in mentions:
        for pattern, label, start, end in _mention_labels(text, m, lex, starts):
            add(m, pattern, label, start, end)
    by_id = {m.id: m for m in mentions}
    for span in spans:
        target = by_id.get(span.target_mention or "")
        span_label = _span_label(text, span, lex) if target is not None else None
        if target is not None and span_label:
            start, end = min(span.start, target.start), max(span.end, target.end)
            add(target, f"framing:{span.technique}", span_label, start, end)
    return sorted(out.values(), key=lambda x: (x.start, x.end, x.label))
