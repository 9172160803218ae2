-- The same indexes and table as ../schema/0998_absorb_writes.sql (read its comments): an
-- entity's mentions indexed only once they have an entity.
DROP INDEX IF EXISTS mentions_entity_text;
CREATE INDEX mentions_entity_text ON mentions(entity_id, text) WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS mentions_entity_doc;
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start) INCLUDE (id)
    WHERE entity_id IS NOT NULL;

-- new LSH band keys go to a small table first, merged into reuse_lsh in key order
-- (events_repo.reuse_add_keys; read ../schema/0998_absorb_writes.sql's comments)
CREATE TABLE reuse_lsh_recent (
    key bigint NOT NULL,
    doc bigint NOT NULL,
    PRIMARY KEY (key, doc)
);
