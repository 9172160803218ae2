-- Each event mention's evidence sentence kept on the row (issue 18: web page p95 at
-- 100k documents).  A page of 50 merged events shows every piece of their evidence
-- (~2,600 on a most mentioned entity's page of the fully resolved 100k store), each
-- cut from its document's whole text (substr of documents.text): on PostgreSQL each a
-- detoast of the article (~75 ms of server time a page, EXPLAIN ANALYZE), on SQLite a
-- read of the text's pages.  Kept now, by triggers:
--   event_mentions.sentence   documents.text[start:end] of the row's document (the
--                             evidence read's substr), NULL while the document is absent
-- whatever changes it: the event mention written or its document or span changed, its
-- document written, its text changed or the document deleted.  The evidence read falls
-- back to the document's text where it is NULL.  The same file for PostgreSQL is
-- ../schema_pg/0993_event_evidence_sentence.sql.
ALTER TABLE event_mentions ADD COLUMN sentence TEXT;
UPDATE event_mentions SET sentence = (
    SELECT substr(d.text, event_mentions.start + 1, max(event_mentions."end" - event_mentions.start, 0))
      FROM documents d WHERE d.id = event_mentions.document_id);

CREATE TRIGGER event_mentions_sentence_insert AFTER INSERT ON event_mentions
WHEN NEW.sentence IS NOT (SELECT substr(d.text, NEW.start + 1, max(NEW."end" - NEW.start, 0))
                            FROM documents d WHERE d.id = NEW.document_id)
BEGIN
    UPDATE event_mentions SET sentence = (
        SELECT substr(d.text, NEW.start + 1, max(NEW."end" - NEW.start, 0))
          FROM documents d WHERE d.id = NEW.document_id)
     WHERE id = NEW.id;
END;
CREATE TRIGGER event_mentions_sentence_update
AFTER UPDATE OF document_id, start, "end", sentence ON event_mentions
WHEN NEW.sentence IS NOT (SELECT substr(d.text, NEW.start + 1, max(NEW."end" - NEW.start, 0))
                            FROM documents d WHERE d.id = NEW.document_id)
BEGIN
    UPDATE event_mentions SET sentence = (
        SELECT substr(d.text, NEW.start + 1, max(NEW."end" - NEW.start, 0))
          FROM documents d WHERE d.id = NEW.document_id)
     WHERE id = NEW.id;
END;
CREATE TRIGGER documents_sentence_insert AFTER INSERT ON documents BEGIN
    UPDATE event_mentions SET sentence = substr(NEW.text, start + 1, max("end" - start, 0))
     WHERE document_id = NEW.id AND sentence IS NOT substr(NEW.text, start + 1, max("end" - start, 0));
END;
CREATE TRIGGER documents_sentence_update AFTER UPDATE OF text, id ON documents BEGIN
    UPDATE event_mentions SET sentence = NULL
     WHERE document_id = OLD.id AND OLD.id IS NOT NEW.id AND sentence IS NOT NULL;
    UPDATE event_mentions SET sentence = substr(NEW.text, start + 1, max("end" - start, 0))
     WHERE document_id = NEW.id AND sentence IS NOT substr(NEW.text, start + 1, max("end" - start, 0));
END;
CREATE TRIGGER documents_sentence_delete AFTER DELETE ON documents BEGIN
    UPDATE event_mentions SET sentence = NULL WHERE document_id = OLD.id AND sentence IS NOT NULL;
END;
