-- Claims v2 (issue 15): every reported statement is a claim (attribute NULL), with the
-- span of the reported words, polarity, modality, the hedge's span, the speaker as
-- written when resolved from a pronoun or role, the channel's span, the source a
-- statement denies, and what a count counts.  SQLite cannot drop a NOT NULL, so the
-- table is rebuilt (foreign keys are off in this store; contradictions keep their ids).
CREATE TABLE claims_v2 (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,            -- the sentence: 0-based, end-exclusive offsets into documents.text
    "end" INTEGER NOT NULL,
    attribute TEXT,                    -- data/claims/attributes.yml; NULL: a reported statement or a plain count
    subject_start INTEGER NOT NULL,    -- the subject mention (-1: none); its entity comes from mentions
    subject_end INTEGER NOT NULL,
    subject_text TEXT NOT NULL,
    value TEXT,                        -- as written
    value_start INTEGER NOT NULL,
    value_end INTEGER NOT NULL,
    norm TEXT,                         -- "number:4200:4200", "fraction:0.25:0.3333", "year:1978:1978", "text:key"
    source_name TEXT,
    source_kind TEXT NOT NULL,         -- named | anonymous | document | outlet | author
    source_start INTEGER NOT NULL,     -- the words naming the source (for a pronoun: the earlier name)
    source_end INTEGER NOT NULL,
    via TEXT,                          -- the channel: "X said, the Y agency reported" -> Y
    quote TEXT NOT NULL,               -- direct | indirect | none
    hedge TEXT,                        -- data/hedges.yml label, alleged, claims, sources-say, or NULL
    status TEXT NOT NULL,              -- asserted | negated | question | conditional
    scope TEXT,                        -- "camp golzar", "yemen", ...
    as_of TEXT,                        -- year the clause dates the claim to; NULL: the document's date
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL,
    statement_start INTEGER NOT NULL DEFAULT -1,  -- the reported words (a quote, a that-clause)
    statement_end INTEGER NOT NULL DEFAULT -1,
    polarity TEXT NOT NULL DEFAULT 'positive',     -- positive | negative
    modality TEXT NOT NULL DEFAULT 'asserted',     -- asserted | question | conditional
    hedge_start INTEGER NOT NULL DEFAULT -1,
    hedge_end INTEGER NOT NULL DEFAULT -1,
    said_start INTEGER NOT NULL DEFAULT -1,        -- the speaker as written here ("He", "the lawyer")
    said_end INTEGER NOT NULL DEFAULT -1,
    resolved TEXT,                                 -- pronoun | role | document: how the speaker was found
    via_start INTEGER NOT NULL DEFAULT -1,
    via_end INTEGER NOT NULL DEFAULT -1,
    denies TEXT,                                   -- the source whose claim this statement rejects
    denies_start INTEGER NOT NULL DEFAULT -1,
    denies_end INTEGER NOT NULL DEFAULT -1,
    unit TEXT                                      -- what a count counts ("rounds of tracer ammunition")
);
INSERT INTO claims_v2 (id, document_id, start, "end", attribute, subject_start, subject_end,
    subject_text, value, value_start, value_end, norm, source_name, source_kind, source_start,
    source_end, via, quote, hedge, status, scope, as_of, analyzer, version)
SELECT id, document_id, start, "end", attribute, subject_start, subject_end, subject_text, value,
    value_start, value_end, norm, source_name, source_kind, source_start, source_end, via, quote,
    hedge, status, scope, as_of, analyzer, version FROM claims;
DROP TABLE claims;
ALTER TABLE claims_v2 RENAME TO claims;
CREATE INDEX claims_document ON claims(document_id, start);
CREATE INDEX claims_attribute ON claims(attribute);
CREATE INDEX claims_source ON claims(document_id, source_start, source_end);
