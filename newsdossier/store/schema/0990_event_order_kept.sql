-- An entity's events in date order from its own index range, and each event's first
-- evidence kept on the event (issue 18: web page p95 at 100k documents).  The time axis
-- of a most mentioned entity read its first 1,000 events in date order by collecting
-- the entity's events (6,455 at 50k documents) and sorting them, or by walking every
-- event in date order and probing the entity's arguments; then, for each of the 1,000,
-- its first evidence by sorting the event's mentions in corpus order (a probe of each
-- mention's document).  On PostgreSQL at 50k documents: 102.6 + 49.4 ms of a 156 ms
-- page.  Kept at write now, by triggers:
--   event_arguments.event_date   the date_value of the row's event (events.id =
--                                event_id): with event_type (an event has one type)
--                                the event's place in the timeline's order, so index
--                                event_arguments_entity_order lists an entity's events
--                                in that order (undated last), each event once per
--                                argument row of the entity (read DISTINCT)
--   events.first_mention         the id of the event's first event mention in corpus
--                                order (its document's rowid, start, id), NULL without one
-- Kept whatever changes them: an argument row written (0810's fill sets its event
-- afterwards, an UPDATE OF event_id), its event changed (0810's trigger follows
-- event_mentions.event_id), an event written or its date changed (the resolver's
-- upsert), an event mention linked, moved, unlinked or deleted (the first one removed:
-- the event's mentions read again).  The same file for PostgreSQL is
-- ../schema_pg/0990_event_order_kept.sql.
ALTER TABLE event_arguments ADD COLUMN event_date TEXT;
ALTER TABLE events ADD COLUMN first_mention TEXT;

UPDATE event_arguments SET event_date = (SELECT e.date_value FROM events e
                                          WHERE e.id = event_arguments.event_id)
 WHERE event_id IS NOT NULL;
UPDATE events SET first_mention = (
    SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
     WHERE em.event_id = events.id ORDER BY d.rowid, em.start, em.id LIMIT 1);

CREATE INDEX event_arguments_entity_order ON event_arguments(
    entity_id, (event_date IS NULL), event_date, event_type, event_id)
    WHERE entity_id IS NOT NULL AND event_id IS NOT NULL;

-- an argument row's event date, from its event.  0810's trigger that follows an event
-- mention's merge into its argument rows sets the date in the same UPDATE (replaced
-- here: one write of each row, not two); the triggers below set it where another path
-- changes a row's event (0810's fill of a row written unlinked, a direct UPDATE), and
-- skip a row whose date is already its event's.
DROP TRIGGER event_mentions_event_sync;
CREATE TRIGGER event_mentions_event_sync AFTER UPDATE OF event_id ON event_mentions
WHEN OLD.event_id IS NOT NEW.event_id BEGIN
    UPDATE event_arguments SET event_id = NEW.event_id,
           event_date = (SELECT e.date_value FROM events e WHERE e.id = NEW.event_id)
     WHERE event_mention_id = NEW.id;
END;
CREATE TRIGGER event_arguments_date_insert AFTER INSERT ON event_arguments
WHEN NEW.event_id IS NOT NULL
     AND NEW.event_date IS NOT (SELECT e.date_value FROM events e WHERE e.id = NEW.event_id)
BEGIN
    UPDATE event_arguments SET event_date = (SELECT e.date_value FROM events e
                                              WHERE e.id = NEW.event_id)
     WHERE event_mention_id = NEW.event_mention_id AND role = NEW.role
       AND mention_id = NEW.mention_id;
END;
CREATE TRIGGER event_arguments_date_update AFTER UPDATE OF event_id ON event_arguments
WHEN NEW.event_date IS NOT (SELECT e.date_value FROM events e WHERE e.id = NEW.event_id)
BEGIN
    UPDATE event_arguments SET event_date = (SELECT e.date_value FROM events e
                                              WHERE e.id = NEW.event_id)
     WHERE event_mention_id = NEW.event_mention_id AND role = NEW.role
       AND mention_id = NEW.mention_id;
END;
-- an event's date (and first evidence) when it is written: its argument rows and
-- mentions may be linked before (an event re-created with the same id)
-- (rows already right are not written again)
CREATE TRIGGER events_order_insert AFTER INSERT ON events
BEGIN
    UPDATE event_arguments SET event_date = NEW.date_value
     WHERE event_mention_id IN (SELECT id FROM event_mentions WHERE event_id = NEW.id)
       AND event_id = NEW.id AND event_date IS NOT NEW.date_value;
    UPDATE events SET first_mention = (
        SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
         WHERE em.event_id = NEW.id ORDER BY d.rowid, em.start, em.id LIMIT 1)
     WHERE id = NEW.id AND first_mention IS NOT (
        SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
         WHERE em.event_id = NEW.id ORDER BY d.rowid, em.start, em.id LIMIT 1);
END;
CREATE TRIGGER events_date_update AFTER UPDATE OF date_value ON events
WHEN OLD.date_value IS NOT NEW.date_value
BEGIN
    UPDATE event_arguments SET event_date = NEW.date_value
     WHERE event_mention_id IN (SELECT id FROM event_mentions WHERE event_id = NEW.id)
       AND event_id = NEW.id AND event_date IS NOT NEW.date_value;
END;

-- an event's first evidence: a mention added comes first if it sorts before the kept
-- one; the kept one removed, the event's mentions are read again
CREATE TRIGGER event_mentions_first_insert AFTER INSERT ON event_mentions
WHEN NEW.event_id IS NOT NULL
BEGIN
    UPDATE events SET first_mention = NEW.id
     WHERE id = NEW.event_id AND (first_mention IS NULL OR (
        SELECT ((SELECT rowid FROM documents WHERE id = NEW.document_id), NEW.start, NEW.id)
               < (d.rowid, f.start, f.id)
          FROM event_mentions f JOIN documents d ON d.id = f.document_id
         WHERE f.id = events.first_mention) IS NOT 0);
END;
CREATE TRIGGER event_mentions_first_update AFTER UPDATE OF event_id, document_id, start
ON event_mentions
WHEN OLD.event_id IS NOT NEW.event_id OR OLD.document_id IS NOT NEW.document_id
     OR OLD.start IS NOT NEW.start
BEGIN
    UPDATE events SET first_mention = (
        SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
         WHERE em.event_id = events.id ORDER BY d.rowid, em.start, em.id LIMIT 1)
     WHERE id = OLD.event_id AND first_mention = OLD.id;
    UPDATE events SET first_mention = NEW.id
     WHERE id = NEW.event_id AND (first_mention IS NULL OR (
        SELECT ((SELECT rowid FROM documents WHERE id = NEW.document_id), NEW.start, NEW.id)
               < (d.rowid, f.start, f.id)
          FROM event_mentions f JOIN documents d ON d.id = f.document_id
         WHERE f.id = events.first_mention) IS NOT 0);
END;
CREATE TRIGGER event_mentions_first_delete AFTER DELETE ON event_mentions
WHEN OLD.event_id IS NOT NULL
BEGIN
    UPDATE events SET first_mention = (
        SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
         WHERE em.event_id = events.id ORDER BY d.rowid, em.start, em.id LIMIT 1)
     WHERE id = OLD.event_id AND first_mention = OLD.id;
END;
