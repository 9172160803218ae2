-- Covering indexes for the web pages' reads of one entity and of one outlet (issue 18;
-- the SQLite twin, schema/0950_web_covering.sql, says what was measured).  Index-only
-- scans need the visibility map that (auto)vacuum keeps.
DROP INDEX IF EXISTS mentions_entity;
DROP INDEX IF EXISTS mentions_entity_doc;
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start) INCLUDE (id);
CREATE INDEX mentions_document_entity ON mentions(document_id) INCLUDE (entity_id, text)
    WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS framing_spans_target;
CREATE INDEX framing_spans_target ON framing_spans(target_mention) INCLUDE (document_id, technique);
CREATE INDEX documents_meta ON documents(id) INCLUDE (outlet, published);
