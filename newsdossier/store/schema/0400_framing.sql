-- Framing (issue 6): propaganda-technique spans, the labels documents apply to
-- mentions, and which documents the framing analyzer ran on.
CREATE TABLE framing_spans (
    id TEXT PRIMARY KEY,               -- hash(document_id, analyzer, start, end, technique)
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,            -- 0-based, end-exclusive offsets into documents.text
    "end" INTEGER NOT NULL,
    technique TEXT NOT NULL,           -- one of the 14 PTC labels (DESIGN.md)
    score REAL NOT NULL,               -- [0, 1]
    target_mention TEXT,               -- mentions.id of the labelled mention; its entity via mentions.entity_id
    target_start INTEGER NOT NULL,     -- -1: no target
    target_end INTEGER NOT NULL,
    target_text TEXT,
    target_key TEXT,                   -- the mention's grouping key (as in mentions.key)
    target_how TEXT,                   -- possessive|overlap|adjacent|apposition|predicate|nearest
    model TEXT NOT NULL,               -- "name@version" of the framing model
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL
);
CREATE INDEX framing_spans_document ON framing_spans(document_id, start);
CREATE INDEX framing_spans_target ON framing_spans(target_mention);
CREATE TABLE framing_labels (
    id TEXT PRIMARY KEY,               -- hash(document_id, analyzer, mention_start, label, pattern)
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,            -- evidence: label words and mention together
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,               -- normalised: "terrorist cult", "opposition group"
    pattern TEXT NOT NULL,             -- attributive|head|apposition|known-as|predicate|framing:<technique>
    mention_id TEXT NOT NULL,          -- mentions.id
    mention_start INTEGER NOT NULL,
    mention_end INTEGER NOT NULL,
    mention_text TEXT NOT NULL,
    mention_key TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL
);
CREATE INDEX framing_labels_document ON framing_labels(document_id, start);
CREATE INDEX framing_labels_mention ON framing_labels(mention_id);
-- One row per document the framing analyzer ran on (also with zero spans):
-- the denominator of densities; documents built with --no-framing have none.
CREATE TABLE framing_documents (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    words INTEGER NOT NULL,            -- whitespace-separated words of documents.text
    spans INTEGER NOT NULL,
    model TEXT,
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL
);
