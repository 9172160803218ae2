-- An entity's events counted by type, kept at write (issue 18: web page p95 at 100k
-- documents).  An entity's timeline and its page counted, for each request, the events
-- it takes part in and listed their types over its event_arguments rows (migration
-- 0810): ~27,000 index entries for a most mentioned entity at 100k documents, read
-- twice per timeline page (count, types) and once per entity page; on PostgreSQL 20-30 ms
-- each.  The counts are now kept, by triggers on event_arguments, whatever changes its
-- entity, event or type columns (0810's triggers, which follow the links, merges, resets
-- and recall of mentions and event mentions; the fill of a row written unlinked):
--   entity_event_counts  (entity, event type) -> distinct events of that type one of
--                        whose arguments is a mention of the entity
-- An event has one type (events merge within a type), so an entity's events are the
-- sum over its rows, and its event types are its rows.  A (entity, type, event) is
-- counted once: when no other argument row already has it, and uncounted when the
-- last row that had it changes or goes.  Rows that fall to 0 are deleted.  The same file
-- for PostgreSQL is ../schema_pg/0985_entity_event_counts.sql (plpgsql).
CREATE TABLE entity_event_counts (
    entity_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (entity_id, event_type)
);

INSERT INTO entity_event_counts(entity_id, event_type, events)
SELECT entity_id, event_type, count(DISTINCT event_id) FROM event_arguments
 WHERE entity_id IS NOT NULL AND event_id IS NOT NULL AND event_type IS NOT NULL
 GROUP BY entity_id, event_type;

-- AFTER triggers: the row already holds its new values (or is gone), so "another row"
-- with the new key excludes it by its primary key, and a row with the old key is
-- always another one.
CREATE TRIGGER event_arguments_tally_insert AFTER INSERT ON event_arguments
WHEN NEW.entity_id IS NOT NULL AND NEW.event_id IS NOT NULL AND NEW.event_type IS NOT NULL
BEGIN
    INSERT INTO entity_event_counts(entity_id, event_type, events)
    SELECT NEW.entity_id, NEW.event_type, 1
     WHERE NOT EXISTS (SELECT 1 FROM event_arguments a WHERE a.entity_id = NEW.entity_id
                          AND a.event_type = NEW.event_type AND a.event_id = NEW.event_id
                          AND NOT (a.event_mention_id = NEW.event_mention_id
                                   AND a.role = NEW.role AND a.mention_id = NEW.mention_id))
    ON CONFLICT (entity_id, event_type) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER event_arguments_tally_update AFTER UPDATE OF entity_id, event_id, event_type
ON event_arguments
WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.event_id IS NOT NEW.event_id
     OR OLD.event_type IS NOT NEW.event_type
BEGIN
    UPDATE entity_event_counts SET events = events - 1
     WHERE entity_id = OLD.entity_id AND event_type = OLD.event_type
       AND OLD.event_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM event_arguments a WHERE a.entity_id = OLD.entity_id
                          AND a.event_type = OLD.event_type AND a.event_id = OLD.event_id);
    DELETE FROM entity_event_counts
     WHERE entity_id = OLD.entity_id AND event_type = OLD.event_type AND events <= 0;
    INSERT INTO entity_event_counts(entity_id, event_type, events)
    SELECT NEW.entity_id, NEW.event_type, 1
     WHERE NEW.entity_id IS NOT NULL AND NEW.event_id IS NOT NULL
       AND NEW.event_type IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM event_arguments a WHERE a.entity_id = NEW.entity_id
                          AND a.event_type = NEW.event_type AND a.event_id = NEW.event_id
                          AND NOT (a.event_mention_id = NEW.event_mention_id
                                   AND a.role = NEW.role AND a.mention_id = NEW.mention_id))
    ON CONFLICT (entity_id, event_type) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER event_arguments_tally_delete AFTER DELETE ON event_arguments
WHEN OLD.entity_id IS NOT NULL AND OLD.event_id IS NOT NULL AND OLD.event_type IS NOT NULL
BEGIN
    UPDATE entity_event_counts SET events = events - 1
     WHERE entity_id = OLD.entity_id AND event_type = OLD.event_type
       AND NOT EXISTS (SELECT 1 FROM event_arguments a WHERE a.entity_id = OLD.entity_id
                          AND a.event_type = OLD.event_type AND a.event_id = OLD.event_id);
    DELETE FROM entity_event_counts
     WHERE entity_id = OLD.entity_id AND event_type = OLD.event_type AND events <= 0;
END;
