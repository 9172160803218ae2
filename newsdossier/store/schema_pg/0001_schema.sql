-- The PostgreSQL schema (issue 18): the state SQLite's migrations 0001-0720 reach, in
-- one file, since no PostgreSQL store predates it.  A later change adds a file here
-- and one in ../schema/ (same name) so both engines keep one schema.
--
-- Differences from the SQLite schema, and why:
-- - documents and outlet_judgements have `seq`, an identity column: the insertion
--   order SQLite gives by rowid (documents are exported in it; store/dialect.py
--   names it for the queries).  judgements.id is an identity column.
-- - offsets and counts are `integer` (substr() takes integer); hashes and sequence
--   numbers (reuse_lsh, entity_names.seq, recall_scans, claims_marks, store_version)
--   `bigint`.  SQLite's REAL is `double precision`.
-- - no REFERENCES: the SQLite store runs with foreign_keys OFF (the resolvers
--   replace rows in an order a checked foreign key would refuse).
-- - full-text search: not yet (FTS5 has no equivalent table here; a GIN index on
--   to_tsvector(title || text) comes with the PostgreSQL search).
CREATE TABLE claims (
    id text PRIMARY KEY,
    document_id text NOT NULL,
    start integer NOT NULL,            -- the sentence: 0-based, end-exclusive offsets into documents.text
    "end" integer NOT NULL,
    attribute text,                    -- data/claims/attributes.yml; NULL: a reported statement or a plain count
    subject_start integer NOT NULL,    -- the subject mention (-1: none); its entity comes from mentions
    subject_end integer NOT NULL,
    subject_text text NOT NULL,
    value text,                        -- as written
    value_start integer NOT NULL,
    value_end integer NOT NULL,
    norm text,                         -- "number:4200:4200", "fraction:0.25:0.3333", "year:1978:1978", "text:key"
    source_name text,
    source_kind text NOT NULL,         -- named | anonymous | document | outlet | author
    source_start integer NOT NULL,     -- the words naming the source (for a pronoun: the earlier name)
    source_end integer NOT NULL,
    via text,                          -- the channel: "X said, the Y agency reported" -> Y
    quote text NOT NULL,               -- direct | indirect | none
    hedge text,                        -- data/hedges.yml label, alleged, claims, sources-say, or NULL
    status text NOT NULL,              -- asserted | negated | question | conditional
    scope text,                        -- "camp golzar", "yemen", ...
    as_of text,                        -- year the clause dates the claim to; NULL: the document's date
    analyzer text NOT NULL,
    version text NOT NULL,
    statement_start integer NOT NULL DEFAULT -1,  -- the reported words (a quote, a that-clause)
    statement_end integer NOT NULL DEFAULT -1,
    polarity text NOT NULL DEFAULT 'positive',     -- positive | negative
    modality text NOT NULL DEFAULT 'asserted',     -- asserted | question | conditional
    hedge_start integer NOT NULL DEFAULT -1,
    hedge_end integer NOT NULL DEFAULT -1,
    said_start integer NOT NULL DEFAULT -1,        -- the speaker as written here ("He", "the lawyer")
    said_end integer NOT NULL DEFAULT -1,
    resolved text,                                 -- pronoun | role | document: how the speaker was found
    via_start integer NOT NULL DEFAULT -1,
    via_end integer NOT NULL DEFAULT -1,
    denies text,                                   -- the source whose claim this statement rejects
    denies_start integer NOT NULL DEFAULT -1,
    denies_end integer NOT NULL DEFAULT -1,
    unit text                                      -- what a count counts ("rounds of tracer ammunition")
);
CREATE TABLE claims_marks (name text PRIMARY KEY, value bigint NOT NULL);
CREATE TABLE contradictions (
    id text PRIMARY KEY,               -- hash(claim_a, claim_b)
    subject text NOT NULL,             -- entity id
    attribute text NOT NULL,
    kind text NOT NULL,                -- value | polarity
    value_a text, value_b text,
    claim_a text NOT NULL,
    claim_b text NOT NULL,
    resolver text NOT NULL
);
CREATE TABLE document_sources (
    document_id text NOT NULL,
    input_key text NOT NULL,           -- source path, or path#record
    source text NOT NULL,
    name text NOT NULL,
    url text, outlet text,
    PRIMARY KEY (document_id, input_key)
);
CREATE TABLE documents (
    id text PRIMARY KEY,               -- hash of the normalised clean text
    name text NOT NULL,                -- file stem or record id of the first source
    source text NOT NULL,              -- first source path, as given
    title text, author text, outlet text, section text, url text,
    published text,                    -- ISO: YYYY, YYYY-MM or YYYY-MM-DD
    published_precision text,          -- year | month | day
    published_origin text,             -- metadata | html | byline | dateline | url
    language text NOT NULL,
    text text NOT NULL,                -- clean body; every offset points into it
    analyzers text NOT NULL,           -- "name@version" of the analyzers that ran
    added_at text NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE  -- insertion order (SQLite's rowid)
);
CREATE TABLE entities (
    id text PRIMARY KEY,
    name text NOT NULL,                -- canonical name: the most frequent surface form
    type text NOT NULL,                -- majority type of its mentions
    key text NOT NULL,
    mention_count integer NOT NULL,
    document_count integer NOT NULL,
    resolver text NOT NULL             -- "name@version" of the resolver that made it
);
CREATE TABLE entity_aliases (
    entity_id text NOT NULL,
    name text NOT NULL,
    count integer NOT NULL,
    how text NOT NULL,                 -- acronym|alias-statement|transliteration|spelling|short-form|user
    PRIMARY KEY (entity_id, name)
);
CREATE TABLE entity_names (
    key text PRIMARY KEY,              -- name_key of a name
    entity_id text NOT NULL,
    how text NOT NULL,                 -- canonical|acronym|alias-statement|transliteration|spelling|user
    via text,                          -- the key it was matched to (NULL for the first name)
    score double precision,                        -- rapidfuzz score of a transliteration match
    link_doc text, link_seq bigint,   -- the name_links row that asserted it, if any
    type text NOT NULL,                -- majority type of its mentions when indexed
    folded text NOT NULL,              -- translit_key(key)
    skeleton text NOT NULL,            -- blocking key
    seq bigint NOT NULL               -- insertion order: the older entity survives a merge
, surname text);
CREATE TABLE event_arguments (
    event_mention_id text NOT NULL,
    role text NOT NULL,                -- participant | place
    mention_id text NOT NULL,          -- mentions.id (its entity_id comes from the resolver)
    PRIMARY KEY (event_mention_id, role, mention_id)
);
CREATE TABLE event_keys (
    key text NOT NULL,
    event_id text NOT NULL,
    PRIMARY KEY (key, event_id)
);
CREATE TABLE event_mentions (
    id text PRIMARY KEY,               -- hash(document_id, analyzer, trigger span, type[, time])
    document_id text NOT NULL,
    start integer NOT NULL,            -- evidence span: the sentence
    "end" integer NOT NULL,
    trigger_start integer NOT NULL,
    trigger_end integer NOT NULL,
    type text NOT NULL,                -- see newsdossier/data/time/events.yml
    time_id text,                      -- time_expressions.id that dates it, or NULL
    date_value text, date_end text, date_precision text, date_text text,
    summary text NOT NULL,
    analyzer text NOT NULL,
    version text NOT NULL,
    event_id text                      -- set by the events resolver; NULL until merged
);
CREATE TABLE events (
    id text PRIMARY KEY,               -- hash of the first event mention merged into it
    type text NOT NULL,
    date_value text,                   -- the most precise reading agreed by most documents
    date_end text,
    date_precision text NOT NULL,
    date_text text,
    year integer,                      -- blocking key part; NULL when undated
    summary text NOT NULL,
    mention_count integer NOT NULL,
    document_count integer NOT NULL,
    conflict integer NOT NULL DEFAULT 0,  -- 1: documents give incompatible dates
    resolver text NOT NULL
);
CREATE TABLE framing_documents (
    document_id text PRIMARY KEY,
    words integer NOT NULL,            -- whitespace-separated words of documents.text
    spans integer NOT NULL,
    model text,
    analyzer text NOT NULL,
    version text NOT NULL
);
CREATE TABLE framing_labels (
    id text PRIMARY KEY,               -- hash(document_id, analyzer, mention_start, label, pattern)
    document_id text NOT NULL,
    start integer NOT NULL,            -- evidence: label words and mention together
    "end" integer NOT NULL,
    label text NOT NULL,               -- normalised: "terrorist cult", "opposition group"
    pattern text NOT NULL,             -- attributive|head|apposition|known-as|predicate|framing:<technique>
    mention_id text NOT NULL,          -- mentions.id
    mention_start integer NOT NULL,
    mention_end integer NOT NULL,
    mention_text text NOT NULL,
    mention_key text NOT NULL,
    analyzer text NOT NULL,
    version text NOT NULL
);
CREATE TABLE framing_spans (
    id text PRIMARY KEY,               -- hash(document_id, analyzer, start, end, technique)
    document_id text NOT NULL,
    start integer NOT NULL,            -- 0-based, end-exclusive offsets into documents.text
    "end" integer NOT NULL,
    technique text NOT NULL,           -- one of the 14 PTC labels (DESIGN.md)
    score double precision NOT NULL,               -- [0, 1]
    target_mention text,               -- mentions.id of the labelled mention; its entity via mentions.entity_id
    target_start integer NOT NULL,     -- -1: no target
    target_end integer NOT NULL,
    target_text text,
    target_key text,                   -- the mention's grouping key (as in mentions.key)
    target_how text,                   -- possessive|overlap|adjacent|apposition|predicate|nearest
    model text NOT NULL,               -- "name@version" of the framing model
    analyzer text NOT NULL,
    version text NOT NULL
);
CREATE TABLE inputs (
    key text PRIMARY KEY,              -- source path, or path#record
    source text NOT NULL,
    record text,
    content_hash text,                 -- hash of what was read; NULL when nothing could be read
    status text NOT NULL,              -- done | rejected
    document_id text,
    code text, reason text,            -- for rejected inputs
    seen_at text NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
, notes text);
CREATE TABLE judgements (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,                -- merge | never-merge | split | alias
    a text NOT NULL,                   -- a name as the user wrote it
    b text,                            -- the other name (NULL for split)
    note text,
    source text NOT NULL,              -- cli | aliases-file:PATH | ftm:ENTITY-ID
    created_at text NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
);
CREATE TABLE mentions (
    id text PRIMARY KEY,               -- hash(document_id, analyzer, start, end, label)
    document_id text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,                -- == documents.text[start:end]
    label text NOT NULL,               -- tagger label: PERSON, ORG, GPE, ...
    type text NOT NULL,                -- person | organization | place | other
    key text NOT NULL,                 -- normalised name used for grouping
    analyzer text NOT NULL,
    version text NOT NULL,
    entity_id text                     -- set by the resolver; NULL until resolved
, kind text NOT NULL DEFAULT 'name');
CREATE TABLE name_links (
    document_id text NOT NULL,
    seq integer NOT NULL,
    kind text NOT NULL,                -- acronym|alias|renamed or a relation: leader_of|wing_of|...
    a_start integer NOT NULL, a_end integer NOT NULL, a_text text NOT NULL, a_key text NOT NULL,
    b_start integer NOT NULL, b_end integer NOT NULL, b_text text NOT NULL, b_key text NOT NULL,
    start integer NOT NULL,            -- evidence sentence, offsets into documents.text
    "end" integer NOT NULL,
    asserted_by text,                  -- attributed speaker, else the outlet
    analyzer text NOT NULL,
    resolved integer NOT NULL DEFAULT 0,  -- 1 once the entity resolver has read it
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE outlet_judgements (
    kind text NOT NULL,                -- same | different
    a text NOT NULL,
    b text NOT NULL,
    note text,
    created_at text NOT NULL DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE  -- insertion order (SQLite's rowid)
);
CREATE TABLE outlet_variants (
    variant text PRIMARY KEY,          -- documents.outlet as stored
    outlet text NOT NULL,              -- the canonical outlet shown in views
    how text NOT NULL                  -- canonical|name|domain|acronym|url-host|user
);
CREATE TABLE recall_scans (
    document_id text PRIMARY KEY,
    names_seq bigint NOT NULL         -- entity_names.seq up to which this document was scanned
);
CREATE TABLE removed (
    document_id text NOT NULL,
    seq integer NOT NULL,
    kind text NOT NULL,                -- breadcrumb|teaser|comment|share|duplicate|byline|outlet|other
    text text NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE resolution_state (name text PRIMARY KEY, value text NOT NULL);
CREATE TABLE reuse_lsh (key bigint NOT NULL, doc bigint NOT NULL);
CREATE TABLE reuse_pairs (
    id text PRIMARY KEY,               -- hash(doc_a, start_a, doc_b, start_b)
    doc_a text NOT NULL, start_a integer NOT NULL, end_a integer NOT NULL,
    doc_b text NOT NULL, start_b integer NOT NULL, end_b integer NOT NULL,
    similarity double precision NOT NULL,          -- shared shingles / shingles of the longer side
    resolver text NOT NULL
);
CREATE TABLE sentences (
    document_id text NOT NULL,
    start integer NOT NULL,            -- 0-based, end-exclusive offsets into documents.text
    "end" integer NOT NULL,
    PRIMARY KEY (document_id, start)
);
CREATE TABLE store_version (n bigint NOT NULL);
CREATE TABLE time_expressions (
    id text PRIMARY KEY,               -- hash(document_id, analyzer, start, end, "TIME")
    document_id text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,                -- as written: == documents.text[start:end]
    value text,                        -- YYYY | YYYY-MM | YYYY-MM-DD | YYYY-Www; NULL = unresolved
    end_value text,                    -- last value of a range
    precision text NOT NULL,           -- day|week|month|season|year|decade|century|range|unknown
    kind text NOT NULL,                -- absolute | relative | duration
    mod text,                          -- early|mid|late|start|end|approx|text|<season>
    duration text,                     -- ISO 8601 duration for durations ("P6Y")
    anchored integer NOT NULL,         -- 1: computed from the document's publication date
    analyzer text NOT NULL,
    version text NOT NULL
);
CREATE INDEX claims_attribute ON claims(attribute);
CREATE INDEX claims_document ON claims(document_id, start);
CREATE INDEX claims_source ON claims(document_id, source_start, source_end);
CREATE INDEX contradictions_subject ON contradictions(subject, attribute);
CREATE INDEX documents_outlet_published ON documents(outlet, published);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX entities_count ON entities(mention_count DESC);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entity_names_entity ON entity_names(entity_id);
CREATE INDEX entity_names_folded ON entity_names(folded);
CREATE INDEX entity_names_seq ON entity_names(seq);
CREATE INDEX entity_names_skeleton ON entity_names(skeleton);
CREATE INDEX entity_names_surname ON entity_names(surname) WHERE surname IS NOT NULL;
CREATE INDEX event_arguments_mention ON event_arguments(mention_id);
CREATE INDEX event_mentions_document ON event_mentions(document_id, start);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_unmerged ON event_mentions(type) WHERE event_id IS NULL;
CREATE INDEX events_date ON events(date_value);
CREATE INDEX framing_labels_document ON framing_labels(document_id, start);
CREATE INDEX framing_labels_mention ON framing_labels(mention_id);
CREATE INDEX framing_spans_document ON framing_spans(document_id, start);
CREATE INDEX framing_spans_target ON framing_spans(target_mention);
CREATE INDEX mentions_document ON mentions(document_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start);
CREATE INDEX mentions_entity_text ON mentions(entity_id, text);
CREATE INDEX mentions_unresolved ON mentions(key) WHERE entity_id IS NULL;
CREATE INDEX name_links_a ON name_links(a_key);
CREATE INDEX name_links_b ON name_links(b_key);
CREATE INDEX name_links_unresolved ON name_links(resolved) WHERE resolved = 0;
CREATE INDEX outlet_variants_outlet ON outlet_variants(outlet);
CREATE UNIQUE INDEX reuse_lsh_key_doc ON reuse_lsh(key, doc);
CREATE INDEX reuse_pairs_a ON reuse_pairs(doc_a);
CREATE INDEX reuse_pairs_b ON reuse_pairs(doc_b);
CREATE INDEX time_expressions_document ON time_expressions(document_id, start);
INSERT INTO resolution_state(name, value) VALUES ('passed_docs', '0');
INSERT INTO store_version(n) VALUES (0);
