-- Each event's distinct arguments kept at write (issue 18): the PostgreSQL version of
-- ../schema/0992_event_argument_names.sql, which says why and what is kept:
--   event_arguments.mention_text  the text of the row's mention, NULL while none
--   event_argument_names          (event, role, mention text, entity or '') -> how many
--                                 argument rows say it (rows at 0 deleted)
-- The text is set BEFORE the row is stored (no second write); the counts by AFTER row
-- triggers, which see the row's final values (after 0810's and 0990's BEFORE fills).
ALTER TABLE event_arguments ADD COLUMN mention_text text;
UPDATE event_arguments a SET mention_text = m.text FROM mentions m WHERE m.id = a.mention_id;

CREATE TABLE event_argument_names (
    event_id text NOT NULL,
    role text NOT NULL,
    text text NOT NULL,
    entity_key text NOT NULL,          -- the mention's entity id, '' when it has none
    arg_rows integer NOT NULL,
    PRIMARY KEY (event_id, role, text, entity_key)
);

INSERT INTO event_argument_names(event_id, role, text, entity_key, arg_rows)
SELECT event_id, role, mention_text, coalesce(entity_id, ''), count(*) FROM event_arguments
 WHERE event_id IS NOT NULL AND mention_text IS NOT NULL
 GROUP BY event_id, role, mention_text, coalesce(entity_id, '');

CREATE FUNCTION nd_event_arguments_fill_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.mention_text := (SELECT m.text FROM mentions m WHERE m.id = NEW.mention_id);
    RETURN NEW;
END $$;
CREATE TRIGGER event_arguments_fill_text BEFORE INSERT ON event_arguments
    FOR EACH ROW WHEN (NEW.mention_text IS NULL)
    EXECUTE FUNCTION nd_event_arguments_fill_text();

-- a mention written, deleted or its text changed: the text of its argument rows
CREATE FUNCTION nd_mentions_argument_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE event_arguments SET mention_text = NULL
         WHERE mention_id = OLD.id AND mention_text IS NOT NULL;
    ELSE
        UPDATE event_arguments SET mention_text = NEW.text
         WHERE mention_id = NEW.id AND mention_text IS DISTINCT FROM NEW.text;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER mentions_argument_text_insert AFTER INSERT ON mentions
    FOR EACH ROW EXECUTE FUNCTION nd_mentions_argument_text();
CREATE TRIGGER mentions_argument_text_update AFTER UPDATE OF text ON mentions
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text)
    EXECUTE FUNCTION nd_mentions_argument_text();
CREATE TRIGGER mentions_argument_text_delete AFTER DELETE ON mentions
    FOR EACH ROW EXECUTE FUNCTION nd_mentions_argument_text();

CREATE FUNCTION nd_event_argument_names_count(ev text, r text, txt text, ent text,
                                              sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ev IS NULL OR txt IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO event_argument_names AS n (event_id, role, text, entity_key, arg_rows)
    VALUES (ev, r, txt, coalesce(ent, ''), sign)
    ON CONFLICT (event_id, role, text, entity_key) DO UPDATE SET arg_rows = n.arg_rows + sign;
    IF sign < 0 THEN
        DELETE FROM event_argument_names
         WHERE event_id = ev AND role = r AND text = txt AND entity_key = coalesce(ent, '')
           AND arg_rows <= 0;
    END IF;
END $$;

CREATE FUNCTION nd_event_arguments_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM nd_event_argument_names_count(OLD.event_id, OLD.role, OLD.mention_text,
                                              OLD.entity_id, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM nd_event_argument_names_count(NEW.event_id, NEW.role, NEW.mention_text,
                                              NEW.entity_id, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER event_arguments_names_insert AFTER INSERT ON event_arguments
    FOR EACH ROW WHEN (NEW.event_id IS NOT NULL AND NEW.mention_text IS NOT NULL)
    EXECUTE FUNCTION nd_event_arguments_names();
CREATE TRIGGER event_arguments_names_update
    AFTER UPDATE OF event_id, entity_id, mention_text, role ON event_arguments
    FOR EACH ROW
    WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id OR OLD.entity_id IS DISTINCT FROM
          NEW.entity_id OR OLD.mention_text IS DISTINCT FROM NEW.mention_text
          OR OLD.role IS DISTINCT FROM NEW.role)
    EXECUTE FUNCTION nd_event_arguments_names();
CREATE TRIGGER event_arguments_names_delete AFTER DELETE ON event_arguments
    FOR EACH ROW WHEN (OLD.event_id IS NOT NULL AND OLD.mention_text IS NOT NULL)
    EXECUTE FUNCTION nd_event_arguments_names();
