-- Core schema (issue 2): documents, their sources and removed furniture, sentences,
-- mentions, entities grouped by name, inputs seen (done or rejected), FTS5 index.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,               -- hash of the normalised clean text
    name TEXT NOT NULL,                -- file stem or record id of the first source
    source TEXT NOT NULL,              -- first source path, as given
    title TEXT, author TEXT, outlet TEXT, section TEXT, url TEXT,
    published TEXT,                    -- ISO: YYYY, YYYY-MM or YYYY-MM-DD
    published_precision TEXT,          -- year | month | day
    published_origin TEXT,             -- metadata | html | byline | dateline | url
    language TEXT NOT NULL,
    text TEXT NOT NULL,                -- clean body; every offset points into it
    analyzers TEXT NOT NULL,           -- "name@version" of the analyzers that ran
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE document_sources (
    document_id TEXT NOT NULL REFERENCES documents(id),
    input_key TEXT NOT NULL,           -- source path, or path#record
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    url TEXT, outlet TEXT,
    PRIMARY KEY (document_id, input_key)
);
CREATE TABLE removed (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,                -- breadcrumb|teaser|comment|share|duplicate|byline|outlet|other
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE sentences (
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,            -- 0-based, end-exclusive offsets into documents.text
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, start)
) WITHOUT ROWID;
CREATE TABLE mentions (
    id TEXT PRIMARY KEY,               -- hash(document_id, analyzer, start, end, label)
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,                -- == documents.text[start:end]
    label TEXT NOT NULL,               -- tagger label: PERSON, ORG, GPE, ...
    type TEXT NOT NULL,                -- person | organization | place | other
    key TEXT NOT NULL,                 -- normalised name used for grouping
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL,
    entity_id TEXT                     -- set by the resolver; NULL until resolved
);
CREATE INDEX mentions_document ON mentions(document_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_unresolved ON mentions(key) WHERE entity_id IS NULL;
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,                -- canonical name: the most frequent surface form
    type TEXT NOT NULL,                -- majority type of its mentions
    key TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    document_count INTEGER NOT NULL,
    resolver TEXT NOT NULL             -- "name@version" of the resolver that made it
);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entities_count ON entities(mention_count DESC);
CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    count INTEGER NOT NULL,
    how TEXT NOT NULL,                 -- acronym|alias-statement|transliteration|spelling|short-form|user
    PRIMARY KEY (entity_id, name)
);
CREATE TABLE inputs (
    key TEXT PRIMARY KEY,              -- source path, or path#record
    source TEXT NOT NULL,
    record TEXT,
    content_hash TEXT,                 -- hash of what was read; NULL when nothing could be read
    status TEXT NOT NULL,              -- done | rejected
    document_id TEXT,
    code TEXT, reason TEXT,            -- for rejected inputs
    seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
