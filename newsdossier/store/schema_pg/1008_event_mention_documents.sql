-- Each event mention's document outlet, date and place in the corpus kept on the row
-- (issue 18: web page p95 at 100k documents on PostgreSQL).  A page of 50 merged events
-- lists every piece of their evidence with its outlet and date, in corpus order: ~2,600
-- pieces on a most mentioned entity's page of the fully resolved 100k store, each a probe
-- of documents_meta (0951) by the document's id for its outlet, date and seq.  Measured
-- (EXPLAIN ANALYZE, the three most mentioned entities' first page of events): 9-19 ms of
-- the server a page with the probes, 3.5-9.6 ms without.  Kept now, as 0993 keeps the
-- sentence (its triggers, extended):
--   event_mentions.doc_seq         documents.seq of the row's document (its place in the
--                                  corpus: the evidence's order), NULL while it is absent
--   event_mentions.doc_outlet      documents.outlet of it
--   event_mentions.doc_published   documents.published of it
-- whatever changes them: the event mention written or its document changed, its document
-- written, its text, id, outlet, date or seq changed, or the document deleted.  SQLite
-- keeps no copy: its join is a probe in the reading process (within the page's budget
-- there).
ALTER TABLE event_mentions ADD COLUMN doc_seq bigint, ADD COLUMN doc_outlet text,
    ADD COLUMN doc_published text;
UPDATE event_mentions em SET doc_seq = d.seq, doc_outlet = d.outlet, doc_published = d.published
  FROM documents d WHERE d.id = em.document_id;

-- the sentence and the document's columns, read off the document in one probe
CREATE OR REPLACE FUNCTION nd_event_mentions_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc record;
BEGIN
    SELECT substr(d.text, NEW.start + 1, greatest(NEW."end" - NEW.start, 0)) AS sentence,
           d.seq, d.outlet, d.published
      INTO doc FROM documents d WHERE d.id = NEW.document_id;
    -- (no row: every field of doc is NULL)
    NEW.sentence := doc.sentence;
    NEW.doc_seq := doc.seq;
    NEW.doc_outlet := doc.outlet;
    NEW.doc_published := doc.published;
    RETURN NEW;
END $$;
DROP TRIGGER event_mentions_sentence_update ON event_mentions;
CREATE TRIGGER event_mentions_sentence_update
    BEFORE UPDATE OF document_id, start, "end", sentence, doc_seq, doc_outlet, doc_published
    ON event_mentions FOR EACH ROW EXECUTE FUNCTION nd_event_mentions_sentence();

-- a document written, changed or deleted: its event mentions' rows set again (the
-- BEFORE trigger above reads each one's sentence and columns off the document, if any)
CREATE OR REPLACE FUNCTION nd_documents_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE event_mentions SET sentence = NULL
         WHERE document_id = OLD.id AND (sentence IS NOT NULL OR doc_seq IS NOT NULL);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE event_mentions
           SET sentence = substr(NEW.text, start + 1, greatest("end" - start, 0))
         WHERE document_id = NEW.id
           AND (sentence IS DISTINCT FROM substr(NEW.text, start + 1, greatest("end" - start, 0))
                OR doc_seq IS DISTINCT FROM NEW.seq OR doc_outlet IS DISTINCT FROM NEW.outlet
                OR doc_published IS DISTINCT FROM NEW.published);
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER documents_sentence_update ON documents;
CREATE TRIGGER documents_sentence_update AFTER UPDATE OF text, id, seq, outlet, published
    ON documents FOR EACH ROW
    WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.id IS DISTINCT FROM NEW.id
          OR OLD.seq IS DISTINCT FROM NEW.seq OR OLD.outlet IS DISTINCT FROM NEW.outlet
          OR OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION nd_documents_sentence();
