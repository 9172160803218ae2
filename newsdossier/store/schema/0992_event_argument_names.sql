-- Each event's distinct arguments kept at write (issue 18: web page p95 at 100k
-- documents).  A page of 50 events (an entity's page, the timeline of an entity) read
-- their participants and places through every event mention of each event and every
-- argument row of those mentions, each probing its mention for text and entity: on the
-- fully resolved 100k store, where events merge up to ~180 mentions, ~27,000 rows for
-- ~3,800 distinct (event, role, text, entity), 66 ms of CPU of a ~170 ms page.  Kept
-- now, by triggers:
--   event_arguments.mention_text  the text of the row's mention (mentions.id =
--                                 mention_id), NULL while no such mention is stored
--   event_argument_names          (event, role, mention text, entity or '') -> how many
--                                 argument rows say it: the rows whose event and
--                                 mention text are set (rows at 0 are deleted), so an
--                                 event's distinct arguments are one range of its key
-- The row's event and entity are 0810's kept columns (they follow the merges, links,
-- unlinks and resets of event mentions and mentions); its text follows its mention
-- (written, deleted, its text changed).  Whatever changes a row's event, entity or text,
-- its old key is counted down and its new one up.  The same file for PostgreSQL is
-- ../schema_pg/0992_event_argument_names.sql.
ALTER TABLE event_arguments ADD COLUMN mention_text TEXT;
UPDATE event_arguments SET mention_text = (SELECT m.text FROM mentions m
                                            WHERE m.id = event_arguments.mention_id);

CREATE TABLE event_argument_names (
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    entity_key TEXT NOT NULL,          -- the mention's entity id, '' when it has none
    arg_rows INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, text, entity_key)
) WITHOUT ROWID;

INSERT INTO event_argument_names(event_id, role, text, entity_key, arg_rows)
SELECT event_id, role, mention_text, coalesce(entity_id, ''), count(*) FROM event_arguments
 WHERE event_id IS NOT NULL AND mention_text IS NOT NULL
 GROUP BY event_id, role, mention_text, coalesce(entity_id, '');

-- a row written: its text from its mention, set by 0810's fill (replaced here, as 0990
-- replaced its event sync: one UPDATE of the new row sets its entity, event, type and
-- text, not two); the update trigger below counts it
DROP TRIGGER event_arguments_fill;
CREATE TRIGGER event_arguments_fill AFTER INSERT ON event_arguments
WHEN NEW.entity_id IS NULL OR NEW.event_type IS NULL OR NEW.mention_text IS NULL BEGIN
    UPDATE event_arguments SET
        entity_id = coalesce(NEW.entity_id,
                             (SELECT m.entity_id FROM mentions m WHERE m.id = NEW.mention_id)),
        event_id = coalesce(NEW.event_id, (SELECT em.event_id FROM event_mentions em
                                            WHERE em.id = NEW.event_mention_id)),
        event_type = coalesce(NEW.event_type, (SELECT em.type FROM event_mentions em
                                                WHERE em.id = NEW.event_mention_id)),
        mention_text = coalesce(NEW.mention_text,
                                (SELECT m.text FROM mentions m WHERE m.id = NEW.mention_id))
     WHERE event_mention_id = NEW.event_mention_id AND role = NEW.role
       AND mention_id = NEW.mention_id;
END;
-- a mention written, deleted or its text changed: the text of its argument rows
CREATE TRIGGER mentions_argument_text_insert AFTER INSERT ON mentions BEGIN
    UPDATE event_arguments SET mention_text = NEW.text
     WHERE mention_id = NEW.id AND mention_text IS NOT NEW.text;
END;
CREATE TRIGGER mentions_argument_text_update AFTER UPDATE OF text ON mentions
WHEN OLD.text IS NOT NEW.text BEGIN
    UPDATE event_arguments SET mention_text = NEW.text
     WHERE mention_id = NEW.id AND mention_text IS NOT NEW.text;
END;
CREATE TRIGGER mentions_argument_text_delete AFTER DELETE ON mentions BEGIN
    UPDATE event_arguments SET mention_text = NULL
     WHERE mention_id = OLD.id AND mention_text IS NOT NULL;
END;

-- the counts: AFTER triggers, the row holds its new values (or is gone)
CREATE TRIGGER event_arguments_names_insert AFTER INSERT ON event_arguments
WHEN NEW.event_id IS NOT NULL AND NEW.mention_text IS NOT NULL BEGIN
    INSERT INTO event_argument_names(event_id, role, text, entity_key, arg_rows)
    VALUES (NEW.event_id, NEW.role, NEW.mention_text, coalesce(NEW.entity_id, ''), 1)
    ON CONFLICT (event_id, role, text, entity_key) DO UPDATE SET arg_rows = arg_rows + 1;
END;
CREATE TRIGGER event_arguments_names_update
AFTER UPDATE OF event_id, entity_id, mention_text, role ON event_arguments
WHEN OLD.event_id IS NOT NEW.event_id OR OLD.entity_id IS NOT NEW.entity_id
     OR OLD.mention_text IS NOT NEW.mention_text OR OLD.role IS NOT NEW.role
BEGIN
    UPDATE event_argument_names SET arg_rows = arg_rows - 1
     WHERE OLD.event_id IS NOT NULL AND OLD.mention_text IS NOT NULL
       AND event_id = OLD.event_id AND role = OLD.role AND text = OLD.mention_text
       AND entity_key = coalesce(OLD.entity_id, '');
    DELETE FROM event_argument_names
     WHERE OLD.event_id IS NOT NULL AND OLD.mention_text IS NOT NULL
       AND event_id = OLD.event_id AND role = OLD.role AND text = OLD.mention_text
       AND entity_key = coalesce(OLD.entity_id, '') AND arg_rows <= 0;
    INSERT INTO event_argument_names(event_id, role, text, entity_key, arg_rows)
    SELECT NEW.event_id, NEW.role, NEW.mention_text, coalesce(NEW.entity_id, ''), 1
     WHERE NEW.event_id IS NOT NULL AND NEW.mention_text IS NOT NULL
    ON CONFLICT (event_id, role, text, entity_key) DO UPDATE SET arg_rows = arg_rows + 1;
END;
CREATE TRIGGER event_arguments_names_delete AFTER DELETE ON event_arguments
WHEN OLD.event_id IS NOT NULL AND OLD.mention_text IS NOT NULL BEGIN
    UPDATE event_argument_names SET arg_rows = arg_rows - 1
     WHERE event_id = OLD.event_id AND role = OLD.role AND text = OLD.mention_text
       AND entity_key = coalesce(OLD.entity_id, '');
    DELETE FROM event_argument_names
     WHERE event_id = OLD.event_id AND role = OLD.role AND text = OLD.mention_text
       AND entity_key = coalesce(OLD.entity_id, '') AND arg_rows <= 0;
END;
