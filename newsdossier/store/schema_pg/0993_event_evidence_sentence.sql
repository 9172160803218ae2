-- Each event mention's evidence sentence kept on the row (issue 18): the PostgreSQL
-- version of ../schema/0993_event_evidence_sentence.sql, which says why and what is kept:
--   event_mentions.sentence   documents.text[start:end] of the row's document, NULL
--                             while the document is absent
-- Set BEFORE the row is stored (no second write); a document written, its text changed
-- or deleted sets its event mentions' sentences.
ALTER TABLE event_mentions ADD COLUMN sentence text;
UPDATE event_mentions em SET sentence = substr(d.text, em.start + 1, greatest(em."end" - em.start, 0))
  FROM documents d WHERE d.id = em.document_id;

CREATE FUNCTION nd_event_mentions_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sentence := (SELECT substr(d.text, NEW.start + 1, greatest(NEW."end" - NEW.start, 0))
                       FROM documents d WHERE d.id = NEW.document_id);
    RETURN NEW;
END $$;
CREATE TRIGGER event_mentions_sentence_insert BEFORE INSERT ON event_mentions
    FOR EACH ROW EXECUTE FUNCTION nd_event_mentions_sentence();
CREATE TRIGGER event_mentions_sentence_update
    BEFORE UPDATE OF document_id, start, "end", sentence ON event_mentions
    FOR EACH ROW EXECUTE FUNCTION nd_event_mentions_sentence();

CREATE FUNCTION nd_documents_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE event_mentions SET sentence = NULL
         WHERE document_id = OLD.id AND sentence IS NOT NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE event_mentions
           SET sentence = substr(NEW.text, start + 1, greatest("end" - start, 0))
         WHERE document_id = NEW.id
           AND sentence IS DISTINCT FROM substr(NEW.text, start + 1, greatest("end" - start, 0));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER documents_sentence_insert AFTER INSERT ON documents
    FOR EACH ROW EXECUTE FUNCTION nd_documents_sentence();
CREATE TRIGGER documents_sentence_update AFTER UPDATE OF text, id ON documents
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION nd_documents_sentence();
CREATE TRIGGER documents_sentence_delete AFTER DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION nd_documents_sentence();
