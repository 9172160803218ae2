-- Claims, contradictions and text reuse (issue 5).
CREATE TABLE claims (
    id TEXT PRIMARY KEY,               -- hash(document_id, analyzer, start, end, attribute, subject, value)
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,            -- the clause: 0-based, end-exclusive offsets into documents.text
    "end" INTEGER NOT NULL,
    attribute TEXT NOT NULL,           -- data/claims/attributes.yml
    subject_start INTEGER NOT NULL,    -- the subject mention (-1: none); its entity comes from mentions
    subject_end INTEGER NOT NULL,
    subject_text TEXT NOT NULL,
    value TEXT,                        -- as written
    value_start INTEGER NOT NULL,
    value_end INTEGER NOT NULL,
    norm TEXT,                         -- "number:4200:4200", "fraction:0.25:0.3333", "year:1978:1978", "text:key"
    source_name TEXT,
    source_kind TEXT NOT NULL,         -- named | anonymous | document | outlet | author
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    via TEXT,                          -- outlet an anonymous source spoke to
    quote TEXT NOT NULL,               -- direct | indirect | none
    hedge TEXT,                        -- data/hedges.yml label, or NULL
    status TEXT NOT NULL,              -- asserted | negated
    scope TEXT,                        -- "camp golzar", "abroad", ...
    as_of TEXT,                        -- year the clause dates the claim to; NULL: the document's date
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL
);
CREATE INDEX claims_document ON claims(document_id, start);
CREATE INDEX claims_attribute ON claims(attribute);
-- Watermarks of incremental corpus stages: the last rowid each one has seen.
CREATE TABLE claims_marks (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE contradictions (
    id TEXT PRIMARY KEY,               -- hash(claim_a, claim_b)
    subject TEXT NOT NULL,             -- entity id
    attribute TEXT NOT NULL,
    kind TEXT NOT NULL,                -- value | polarity
    value_a TEXT, value_b TEXT,
    claim_a TEXT NOT NULL REFERENCES claims(id),
    claim_b TEXT NOT NULL REFERENCES claims(id),
    resolver TEXT NOT NULL
);
CREATE INDEX contradictions_subject ON contradictions(subject, attribute);
-- MinHash-LSH band keys of passage windows: key = hash(band, band values); doc = documents.rowid.
CREATE TABLE reuse_lsh (key INTEGER NOT NULL, doc INTEGER NOT NULL);
CREATE INDEX reuse_lsh_key ON reuse_lsh(key);
CREATE TABLE reuse_pairs (
    id TEXT PRIMARY KEY,               -- hash(doc_a, start_a, doc_b, start_b)
    doc_a TEXT NOT NULL, start_a INTEGER NOT NULL, end_a INTEGER NOT NULL,
    doc_b TEXT NOT NULL, start_b INTEGER NOT NULL, end_b INTEGER NOT NULL,
    similarity REAL NOT NULL,          -- shared shingles / shingles of the longer side
    resolver TEXT NOT NULL
);
CREATE INDEX reuse_pairs_a ON reuse_pairs(doc_a);
CREATE INDEX reuse_pairs_b ON reuse_pairs(doc_b);
