"""Immutable records that flow through the pipeline.

Offset convention, everywhere: ``start`` and ``end`` are 0-based,
end-exclusive Python ``str`` indices into ``Document.text`` (the clean,
repaired body).  ``end`` is the index of the first character after the span.
Invariant (property-tested): ``document.text[span.start:span.end] == span.text``.

Identifiers are deterministic hashes of natural keys (:func:`make_id`), so a
rerun on the same input rewrites the same rows and never adds a copy.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "REMOVED_KINDS",
    "Annotations",
    "Claim",
    "Document",
    "EventMention",
    "FramingLabel",
    "FramingSpanRecord",
    "Mention",
    "NameLink",
    "PublishedDate",
    "RawRecord",
    "Rejection",
    "Removed",
    "Sentence",
    "TimeExpression",
    "make_id",
    "normalize_for_id",
]

#: Kinds of removed page furniture (export contract ``documents[].removed[].kind``).
REMOVED_KINDS = (
    "breadcrumb",
    "teaser",
    "comment",
    "share",
    "duplicate",
    "byline",
    "outlet",
    "other",
)
#: Entity types of the export contract.
ENTITY_TYPES = ("person", "organization", "place", "other")


def make_id(*parts: object, length: int = 16) -> str:
    """A stable hex id from natural-key parts (``None`` and ints allowed)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def normalize_for_id(text: str) -> str:
    """The form of a clean text that its document id is hashed from.

    NFC, every run of whitespace folded to one space, trimmed: two copies of
    an article that differ only in line breaks or spacing are one document.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One document-to-be as a reader found it, before cleaning.

    ``source`` is the path as given by the user; ``record`` locates the record
    inside a multi-record source (``"line:12"``, ``"row:3"``, ``"offset:8812"``)
    or is ``None`` when the whole file is one document.  ``format`` says how
    ``content`` is to be cleaned: ``"text"`` (scraped plain text) or ``"html"``.
    ``meta`` holds metadata the source gave explicitly (title, url, author,
    published, outlet, section), all as strings.
    """

    source: str
    record: str | None
    name: str
    content: str
    format: str
    meta: Mapping[str, str] = field(default_factory=dict)
    #: ``(code, message)`` of what ingest repaired before handing the record on
    #: (``W101``: lone surrogates replaced); not part of :attr:`content_hash`
    notes: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """Where this record came from, unique within a build."""
        return self.source if self.record is None else f"{self.source}#{self.record}"

    @property
    def content_hash(self) -> str:
        """Hash of what the reader read: a changed file is read again."""
        meta = "\x1e".join(f"{k}={v}" for k, v in sorted(self.meta.items()))
        return make_id(self.format, self.content, meta, length=32)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become a document, and why (one summary line)."""

    source: str
    record: str | None
    code: str
    reason: str

    @property
    def key(self) -> str:
        return self.source if self.record is None else f"{self.source}#{self.record}"


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of page furniture removed from the body, kept for audit."""

    kind: str  # one of REMOVED_KINDS
    text: str


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A document's publication date: ISO value, its precision, where it came from."""

    value: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # "year" | "month" | "day"
    origin: str  # "metadata" | "html" | "byline" | "dateline" | "url"


@dataclass(frozen=True, slots=True)
class Document:
    """A clean document.  ``id`` is the hash of :func:`normalize_for_id` of ``text``."""

    id: str
    text: str
    source: str
    name: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    section: str | None = None
    url: str | None = None
    published: PublishedDate | None = None
    language: str = "en"
    removed: tuple[Removed, ...] = ()
    record: str | None = None

    @staticmethod
    def make_id(text: str) -> str:
        return make_id("doc", normalize_for_id(text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span of a document (offsets: see module docstring)."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention.

    ``label`` is the tagger's label (PERSON, ORG, GPE, ...), ``type`` the
    contract's entity type, ``key`` the normalised name that groups mentions
    into entities until resolution replaces the grouping.
    """

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    type: str
    key: str
    analyzer: str
    version: str

    @property
    def id(self) -> str:
        return make_id(self.doc_id, self.analyzer, self.start, self.end, self.label)


@dataclass(frozen=True, slots=True)
class Claim:
    """A clause asserting something about a subject, with its source and hedge (issue 5).

    ``start``/``end`` span the clause (offsets: see module docstring); the
    ``subject_*``, ``value_*`` and ``source_*`` offsets point into the same
    text (``-1`` when absent).  ``norm`` is the normalised value as
    ``"kind:low:high"`` (``"number:4200:4200"``, ``"range:200:900"``,
    ``"fraction:0.25:0.333"``, ``"year:1978:1978"``, ``"text:key"``).
    ``status`` is ``asserted``, ``negated``, ``question`` or ``conditional``
    (derived from ``polarity`` and ``modality``; kept for older readers).

    Issue 15: every reported statement is a claim; ``attribute`` is ``None`` for
    a plain statement.  ``statement_*`` span the reported words (a quote, a
    that-clause); ``said_*`` the speaker as written in this sentence ("He", "the
    lawyer") when ``source_*`` points at the earlier name it was resolved to
    (``resolved``: pronoun | role | document; ``metadata``: the page's own voice named
    by its author or outlet field, a name the text does not hold, no ``source_*``
    offsets); ``hedge_*`` the hedge's words;
    ``denies`` the source whose claim this statement rejects; ``unit`` what a
    count counts ("rounds of tracer ammunition").  ``refers_*`` span the words that
    point back ("It", "the agency"): with ``subject_*`` set, the subject was named from
    them (the earlier mention they stand for); without, nothing before names what they
    stand for, and the statement refers back to an earlier sentence.
    """

    doc_id: str
    start: int
    end: int
    text: str
    attribute: str | None
    subject_start: int
    subject_end: int
    subject_text: str
    value: str | None
    value_start: int
    value_end: int
    norm: str | None
    source_name: str | None
    source_kind: str  # named | anonymous | document | outlet | author
    source_start: int
    source_end: int
    via: str | None  # the outlet an anonymous source spoke to
    quote: str  # direct | indirect | none
    hedge: str | None
    status: str
    scope: str | None  # "camp golzar", "abroad": estimates of different scopes never conflict
    as_of: str | None  # year the clause dates the claim to ("last year", "in 2009"); else None
    analyzer: str
    version: str
    statement_start: int = -1
    statement_end: int = -1
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # asserted | question | conditional
    hedge_start: int = -1
    hedge_end: int = -1
    said_start: int = -1
    said_end: int = -1
    resolved: str | None = None  # pronoun | role | document | metadata: how the speaker was found
    via_start: int = -1
    via_end: int = -1
    denies: str | None = None
    denies_start: int = -1
    denies_end: int = -1
    unit: str | None = None
    refers_start: int = -1
    refers_end: int = -1
    # the earlier sentence unresolved pointing words need (``refers_*`` set, no subject):
    # the nearest one before that holds a fitting candidate (analyze/claims/pointed.py)
    context_start: int = -1
    context_end: int = -1

    @property
    def id(self) -> str:
        return make_id(self.doc_id, self.analyzer, self.start, self.end, self.attribute,
                       self.subject_start, self.value_start, self.statement_start,
                       self.source_start)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression as written, normalised (issue 4: newsdossier.analyze.time).

    ``value`` is ISO-like ("YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Www" for a week;
    a decade or century is its first year) or ``None`` when nothing anchors it;
    ``end`` is the last value of a range.  ``precision``: day|week|month|season|
    year|decade|century|range|unknown.  ``kind``: absolute|relative|duration.
    ``anchored``: the value was computed from ``Document.published``.
    """

    doc_id: str
    start: int
    end: int
    text: str
    value: str | None
    precision: str
    kind: str
    mod: str | None = None  # early|mid|late|start|end|approx|season name
    end_value: str | None = None  # last value of a range
    duration: str | None = None  # ISO 8601 duration ("P6Y") for durations
    anchored: bool = False
    analyzer: str = "newsdossier.time"
    version: str = "1"

    @property
    def id(self) -> str:
        return make_id(self.doc_id, self.analyzer, self.start, self.end, "TIME")


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence's report of an event (issue 4: newsdossier.analyze.events).

    ``start``/``end`` is the evidence span (the sentence); ``trigger_start`` /
    ``trigger_end`` the word that names the event; ``time`` the expression that
    dates it (or ``None``).  ``participants`` and ``places`` are mention ids of
    the document's mentions (``Mention.id``).
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    trigger_start: int
    trigger_end: int
    time: TimeExpression | None
    summary: str
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    analyzer: str = "newsdossier.events"
    version: str = "1"

    @property
    def id(self) -> str:
        at = self.time.start if self.time is not None else None
        return make_id(
            self.doc_id, self.analyzer, self.trigger_start, self.trigger_end, self.type, at
        )


@dataclass(frozen=True, slots=True)
class NameLink:
    """A statement linking two name spans of one document (issue 3).

    ``kind`` is an alias kind (``acronym``, ``alias``, ``renamed``: the two
    names are claimed to be one actor; for ``renamed`` ``a`` is the old name)
    or a relation (``leader_of``, ``wing_of``, ...: ``a <kind> b``).  Spans
    ``a_*``/``b_*`` and the evidence sentence ``start``/``end`` are offsets
    into ``Document.text`` (module docstring); ``asserted_by`` is who the
    sentence attributes it to, else the outlet, else ``None``.
    """

    doc_id: str
    kind: str
    a_start: int
    a_end: int
    a_text: str
    b_start: int
    b_end: int
    b_text: str
    start: int
    end: int
    asserted_by: str | None
    analyzer: str


@dataclass(frozen=True, slots=True)
class FramingSpanRecord:
    """A propaganda-technique span of a document and the mention it labels (issue 6).

    ``start``/``end`` are offsets into ``Document.text`` (module docstring);
    ``technique`` is one of the 14 PTC labels, ``score`` in [0, 1].  The target
    is a mention of the same document (``target_mention`` is its ``Mention.id``,
    ``target_start``/``target_end`` its offsets, ``-1`` when none) and
    ``target_how`` the rule that linked it (``possessive``, ``overlap``,
    ``adjacent``, ``apposition``, ``predicate``, ``nearest``; see
    ``newsdossier.analyze.framing.targets``).  ``model`` is "name@version" of
    the framing model that found the span.
    """

    doc_id: str
    start: int
    end: int
    text: str
    technique: str
    score: float
    model: str
    target_mention: str | None = None
    target_start: int = -1
    target_end: int = -1
    target_text: str | None = None
    target_key: str | None = None
    target_how: str | None = None
    analyzer: str = "newsdossier.framing"
    version: str = "1"

    @property
    def id(self) -> str:
        return make_id(self.doc_id, self.analyzer, self.start, self.end, self.technique)


@dataclass(frozen=True, slots=True)
class FramingLabel:
    """A word or phrase a document applies to a mention: "the *terrorist* X", "X, a *dissident group*".

    ``start``/``end`` span the evidence (label and mention together; offsets
    as in the module docstring), ``label`` is the normalised label
    ("terrorist cult"), ``pattern`` how it was found (``attributive``,
    ``head``, ``apposition``, ``known-as``, ``predicate`` or
    ``framing:<technique>``; see ``newsdossier.analyze.framing.labels``).
    """

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    pattern: str
    mention_id: str
    mention_start: int
    mention_end: int
    mention_text: str
    mention_key: str
    analyzer: str = "newsdossier.framing"
    version: str = "1"

    @property
    def id(self) -> str:
        return make_id(self.doc_id, self.analyzer, self.mention_start, self.label, self.pattern)


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything the per-document analysis found in one document."""

    doc_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    analyzers: tuple[str, ...] = ()  # "name@version" of each analyzer that ran
    claims: tuple[Claim, ...] = ()  # issue 5: newsdossier.analyze.claims
    times: tuple[TimeExpression, ...] = ()  # issue 4: newsdossier.analyze.time
    events: tuple[EventMention, ...] = ()  # issue 4: newsdossier.analyze.events
    name_links: tuple[NameLink, ...] = ()  # issue 3: newsdossier.analyze.entities.statements
    framing: tuple[FramingSpanRecord, ...] = ()  # issue 6: newsdossier.analyze.framing.analyzer
    framing_labels: tuple[FramingLabel, ...] = ()  # issue 6: newsdossier.analyze.framing.labels
