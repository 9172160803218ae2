-- An entity's events and claims read through its id (issue 18, web pages at 100k
-- documents).  An entity page, or an entity's timeline, found its events and claims
-- by walking every mention of the entity (mentions_entity_doc) and probing
-- event_arguments / claims for each: the most mentioned entity of a 100k-document
-- store has ~90k mentions, and its page took 381 ms (bench_web_scale).  So the
-- entity (and, for arguments, the event and its type) is carried on the rows
-- themselves, indexed, and kept in step by triggers on the tables they come from,
-- whatever writes them (resolvers, merges, resets, recall):
--   event_arguments.entity_id   = mentions.entity_id of mention_id
--   event_arguments.event_id    = event_mentions.event_id of event_mention_id
--   event_arguments.event_type  = event_mentions.type (never changes: set on insert)
--   claims.subject_entity       = the smallest entity_id of the mentions at the
--                                 subject's span (NULL: none linked, or no subject)
-- The same file for PostgreSQL is ../schema_pg/0810_entity_reads.sql (plpgsql).
ALTER TABLE event_arguments ADD COLUMN entity_id TEXT;
ALTER TABLE event_arguments ADD COLUMN event_id TEXT;
ALTER TABLE event_arguments ADD COLUMN event_type TEXT;
ALTER TABLE claims ADD COLUMN subject_entity TEXT;

UPDATE event_arguments SET
    entity_id = (SELECT m.entity_id FROM mentions m WHERE m.id = event_arguments.mention_id),
    event_id = (SELECT em.event_id FROM event_mentions em
                 WHERE em.id = event_arguments.event_mention_id),
    event_type = (SELECT em.type FROM event_mentions em
                   WHERE em.id = event_arguments.event_mention_id);
UPDATE claims SET subject_entity = (
    SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = claims.document_id
       AND m.start = claims.subject_start AND m."end" = claims.subject_end)
 WHERE subject_start >= 0;

-- an entity's events (counted, and paged in date order through events_page_order)
CREATE INDEX event_arguments_entity_event ON event_arguments(entity_id, event_id)
    WHERE entity_id IS NOT NULL AND event_id IS NOT NULL;
-- the event types an entity takes part in
CREATE INDEX event_arguments_entity_type ON event_arguments(entity_id, event_type, event_id)
    WHERE entity_id IS NOT NULL AND event_id IS NOT NULL;
-- (an event mention's arguments, for the trigger on event_mentions: the primary key)
-- an entity's claims in its mentions' order (document, offset), as the page lists them
CREATE INDEX claims_subject_entity ON claims(subject_entity, document_id, subject_start, start, id)
    WHERE subject_entity IS NOT NULL;

CREATE TRIGGER mentions_entity_sync AFTER UPDATE OF entity_id ON mentions
WHEN OLD.entity_id IS NOT NEW.entity_id BEGIN
    UPDATE event_arguments SET entity_id = NEW.entity_id WHERE mention_id = NEW.id;
    UPDATE claims SET subject_entity = (
        SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = NEW.document_id
           AND m.start = NEW.start AND m."end" = NEW."end")
     WHERE document_id = NEW.document_id AND subject_start = NEW.start
       AND subject_end = NEW."end";
END;
CREATE TRIGGER mentions_entity_insert AFTER INSERT ON mentions
WHEN NEW.entity_id IS NOT NULL BEGIN
    UPDATE event_arguments SET entity_id = NEW.entity_id WHERE mention_id = NEW.id;
    UPDATE claims SET subject_entity = (
        SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = NEW.document_id
           AND m.start = NEW.start AND m."end" = NEW."end")
     WHERE document_id = NEW.document_id AND subject_start = NEW.start
       AND subject_end = NEW."end";
END;
CREATE TRIGGER mentions_entity_delete AFTER DELETE ON mentions
WHEN OLD.entity_id IS NOT NULL BEGIN
    UPDATE event_arguments SET entity_id = NULL WHERE mention_id = OLD.id;
    UPDATE claims SET subject_entity = (
        SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = OLD.document_id
           AND m.start = OLD.start AND m."end" = OLD."end")
     WHERE document_id = OLD.document_id AND subject_start = OLD.start
       AND subject_end = OLD."end";
END;
CREATE TRIGGER event_mentions_event_sync AFTER UPDATE OF event_id ON event_mentions
WHEN OLD.event_id IS NOT NEW.event_id BEGIN
    UPDATE event_arguments SET event_id = NEW.event_id WHERE event_mention_id = NEW.id;
END;
-- rows written after their mention was linked or their event merged (a build writes
-- them unlinked; a copy between engines carries the columns as they are)
CREATE TRIGGER event_arguments_fill AFTER INSERT ON event_arguments
WHEN NEW.entity_id IS NULL OR NEW.event_type IS NULL BEGIN
    UPDATE event_arguments SET
        entity_id = coalesce(NEW.entity_id,
                             (SELECT m.entity_id FROM mentions m WHERE m.id = NEW.mention_id)),
        event_id = coalesce(NEW.event_id, (SELECT em.event_id FROM event_mentions em
                                            WHERE em.id = NEW.event_mention_id)),
        event_type = coalesce(NEW.event_type, (SELECT em.type FROM event_mentions em
                                                WHERE em.id = NEW.event_mention_id))
     WHERE event_mention_id = NEW.event_mention_id AND role = NEW.role
       AND mention_id = NEW.mention_id;
END;
CREATE TRIGGER claims_fill AFTER INSERT ON claims
WHEN NEW.subject_entity IS NULL AND NEW.subject_start >= 0 BEGIN
    UPDATE claims SET subject_entity = (
        SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = NEW.document_id
           AND m.start = NEW.subject_start AND m."end" = NEW.subject_end)
     WHERE id = NEW.id;
END;
