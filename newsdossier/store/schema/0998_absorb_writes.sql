-- Where the absorb path's rows are kept (issue 18 item 4: the absorb rate at 100k
-- documents), two changes.
--
-- 1. An entity's mentions indexed only once they have an entity.  A build writes every
-- mention unlinked (entity_id NULL) and the entity resolver links it later;
-- mentions_entity_text (entity_id, text) and mentions_entity_doc (entity_id, document_id,
-- start, id) held each unlinked mention under NULL: two more index inserts per mention
-- written (~12 a document, 1.2M mentions at 100k documents), then, when it was linked,
-- two deletes there besides the two inserts under its entity.  Every read through them
-- asks for an entity (entity_id = ?, IN (...), IS NOT NULL): each such condition implies
-- entity_id IS NOT NULL, so both engines still read them through these partial indexes.
-- Unlinked mentions are read by key through mentions_unresolved (0001) and by document
-- through mentions_document.  The same rows: only where index entries are kept.
-- The same file for PostgreSQL is ../schema_pg/0998_absorb_writes.sql.
DROP INDEX IF EXISTS mentions_entity_text;
CREATE INDEX mentions_entity_text ON mentions(entity_id, text) WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS mentions_entity_doc;
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start, id)
    WHERE entity_id IS NOT NULL;

-- 2. LSH band keys of the text reuse resolver written to a small table first.  reuse_lsh holds ~60 random keys a document (6M rows at 100k documents); a pass
-- inserted 120,000 of them at random places of its index and dirtied nearly every page of
-- it (26,000 pages written to the WAL and checkpointed, each pass, and more as the store
-- grows).  New keys now go to reuse_lsh_recent; when it holds the keys of more documents
-- than an eighth of those in reuse_lsh (the mark 'reuse_lsh_merged' in claims_marks: the
-- place of the last document merged), its rows are merged into reuse_lsh in key order and
-- it is emptied (events_repo.reuse_add_keys).  A lookup reads both: the same pairs.
CREATE TABLE reuse_lsh_recent (
    key INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
