-- An entity's mentions indexed only once they have an entity (issue 18 item 4: the absorb
-- rate at 100k documents).  A build writes every mention unlinked (entity_id NULL) and the
-- entity resolver links it later; mentions_entity_text (entity_id, text) and
-- mentions_entity_doc (entity_id, document_id, start, id) held each unlinked mention under
-- NULL: two more index inserts per mention
-- written (~12 a document, 1.2M mentions at 100k documents), then, when it was linked,
-- two deletes there besides the two inserts under its entity.  Every read through them
-- asks for an entity (entity_id = ?, IN (...), IS NOT NULL): each such condition implies
-- entity_id IS NOT NULL, so both engines still read them through these partial indexes.
-- Unlinked mentions are read by key through mentions_unresolved (0001) and by document
-- through mentions_document.  The same rows: only where index entries are kept.
-- The same file for PostgreSQL is ../schema_pg/0998_mentions_linked_indexes.sql.
DROP INDEX IF EXISTS mentions_entity_text;
CREATE INDEX mentions_entity_text ON mentions(entity_id, text) WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS mentions_entity_doc;
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start, id)
    WHERE entity_id IS NOT NULL;
