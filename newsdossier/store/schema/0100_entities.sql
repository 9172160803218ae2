-- Entity resolution (issue 3): name statements, the name index, judgements,
-- recall scans.  Relations and alias evidence are read from name_links joined
-- through entity_names, so a later merge never leaves them pointing at a
-- vanished entity id.
ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'name';
    -- name | demonym (linked to its country, not one of its names) | short-form | ambiguous (left unlinked)
CREATE TABLE name_links (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,                -- acronym|alias|renamed or a relation: leader_of|wing_of|...
    a_start INTEGER NOT NULL, a_end INTEGER NOT NULL, a_text TEXT NOT NULL, a_key TEXT NOT NULL,
    b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, b_text TEXT NOT NULL, b_key TEXT NOT NULL,
    start INTEGER NOT NULL,            -- evidence sentence, offsets into documents.text
    "end" INTEGER NOT NULL,
    asserted_by TEXT,                  -- attributed speaker, else the outlet
    analyzer TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0,  -- 1 once the entity resolver has read it
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX name_links_unresolved ON name_links(resolved) WHERE resolved = 0;
CREATE INDEX name_links_a ON name_links(a_key);
CREATE INDEX name_links_b ON name_links(b_key);
CREATE TABLE entity_names (
    key TEXT PRIMARY KEY,              -- name_key of a name
    entity_id TEXT NOT NULL,
    how TEXT NOT NULL,                 -- canonical|acronym|alias-statement|transliteration|spelling|user
    via TEXT,                          -- the key it was matched to (NULL for the first name)
    score REAL,                        -- rapidfuzz score of a transliteration match
    link_doc TEXT, link_seq INTEGER,   -- the name_links row that asserted it, if any
    type TEXT NOT NULL,                -- majority type of its mentions when indexed
    folded TEXT NOT NULL,              -- translit_key(key)
    skeleton TEXT NOT NULL,            -- blocking key
    seq INTEGER NOT NULL               -- insertion order: the older entity survives a merge
);
CREATE INDEX entity_names_entity ON entity_names(entity_id);
CREATE INDEX entity_names_skeleton ON entity_names(skeleton);
CREATE TABLE judgements (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                -- merge | never-merge | split | alias
    a TEXT NOT NULL,                   -- a name as the user wrote it
    b TEXT,                            -- the other name (NULL for split)
    note TEXT,
    source TEXT NOT NULL,              -- cli | aliases-file:PATH | ftm:ENTITY-ID
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE recall_scans (
    document_id TEXT PRIMARY KEY,
    names_seq INTEGER NOT NULL         -- entity_names.seq up to which this document was scanned
);
