-- An event's evidence in corpus order without reading its rows (issue 18; see the SQLite
-- twin, schema/0951_event_evidence_covering.sql), and a document's place in the corpus
-- (seq, SQLite's rowid, which every SQLite index holds) next to its outlet and date.
DROP INDEX IF EXISTS event_mentions_event;
CREATE INDEX event_mentions_event ON event_mentions(event_id) INCLUDE (document_id, start, id, "end");
DROP INDEX IF EXISTS documents_meta;
CREATE INDEX documents_meta ON documents(id) INCLUDE (outlet, published, seq);
