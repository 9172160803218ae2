-- The same indexes as ../schema/0998_mentions_linked_indexes.sql (read its comments): an
-- entity's mentions indexed only once they have an entity.
DROP INDEX IF EXISTS mentions_entity_text;
CREATE INDEX mentions_entity_text ON mentions(entity_id, text) WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS mentions_entity_doc;
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start) INCLUDE (id)
    WHERE entity_id IS NOT NULL;
