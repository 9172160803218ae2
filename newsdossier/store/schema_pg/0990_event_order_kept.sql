-- The same columns, index and rules as ../schema/0990_event_order_kept.sql (read its
-- comments): an argument row's event date and an event's first evidence, kept by row
-- triggers.  An argument row's date is set BEFORE the row is stored; PostgreSQL fires a
-- row's BEFORE triggers in name order, so "event_arguments_fill_date" follows
-- event_arguments_fill (0810), which fills the event of a row written unlinked.  The
-- first evidence is kept by AFTER row triggers on event_mentions, which PostgreSQL fires
-- once the statement has changed all its rows: each sees the statement's result, and a
-- kept first mention that the statement moved away is read again by its own row's
-- trigger whichever order they fire in.  Corpus order is documents.seq.
ALTER TABLE event_arguments ADD COLUMN event_date text;
ALTER TABLE events ADD COLUMN first_mention text;

UPDATE event_arguments a SET event_date = e.date_value FROM events e WHERE e.id = a.event_id;
UPDATE events e SET first_mention = (
    SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
     WHERE em.event_id = e.id ORDER BY d.seq, em.start, em.id LIMIT 1);

CREATE INDEX event_arguments_entity_order ON event_arguments(
    entity_id, (event_date IS NULL), event_date, event_type, event_id)
    WHERE entity_id IS NOT NULL AND event_id IS NOT NULL;

CREATE FUNCTION nd_event_arguments_fill_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.event_date := (SELECT e.date_value FROM events e WHERE e.id = NEW.event_id);
    RETURN NEW;
END $$;
CREATE TRIGGER event_arguments_fill_date BEFORE INSERT ON event_arguments
    FOR EACH ROW WHEN (NEW.event_id IS NOT NULL)
    EXECUTE FUNCTION nd_event_arguments_fill_date();
CREATE TRIGGER event_arguments_fill_date_update BEFORE UPDATE OF event_id ON event_arguments
    FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id)
    EXECUTE FUNCTION nd_event_arguments_fill_date();

-- the first event mention of an event in corpus order (NULL without one)
CREATE FUNCTION nd_event_first_mention(ev text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT em.id FROM event_mentions em JOIN documents d ON d.id = em.document_id
     WHERE em.event_id = ev ORDER BY d.seq, em.start, em.id LIMIT 1
$$;

CREATE FUNCTION nd_events_order_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_arguments SET event_date = NEW.date_value
     WHERE event_mention_id IN (SELECT id FROM event_mentions WHERE event_id = NEW.id)
       AND event_id = NEW.id AND event_date IS DISTINCT FROM NEW.date_value;
    IF TG_OP = 'INSERT' THEN
        UPDATE events SET first_mention = nd_event_first_mention(NEW.id)
         WHERE id = NEW.id AND first_mention IS DISTINCT FROM nd_event_first_mention(NEW.id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER events_order_insert AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION nd_events_order_sync();
CREATE TRIGGER events_date_update AFTER UPDATE OF date_value ON events
    FOR EACH ROW WHEN (OLD.date_value IS DISTINCT FROM NEW.date_value)
    EXECUTE FUNCTION nd_events_order_sync();

CREATE FUNCTION nd_event_mentions_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.event_id IS NOT NULL THEN
        UPDATE events SET first_mention = nd_event_first_mention(OLD.event_id)
         WHERE id = OLD.event_id AND first_mention = OLD.id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.event_id IS NOT NULL THEN
        UPDATE events e SET first_mention = NEW.id
         WHERE e.id = NEW.event_id AND (e.first_mention IS NULL OR (
            SELECT ((SELECT seq FROM documents WHERE id = NEW.document_id), NEW.start, NEW.id)
                   < (d.seq, f.start, f.id)
              FROM event_mentions f JOIN documents d ON d.id = f.document_id
             WHERE f.id = e.first_mention) IS NOT FALSE);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER event_mentions_first_insert AFTER INSERT ON event_mentions
    FOR EACH ROW WHEN (NEW.event_id IS NOT NULL)
    EXECUTE FUNCTION nd_event_mentions_first();
CREATE TRIGGER event_mentions_first_update AFTER UPDATE OF event_id, document_id, start
    ON event_mentions FOR EACH ROW
    WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id OR OLD.document_id IS DISTINCT FROM
          NEW.document_id OR OLD.start IS DISTINCT FROM NEW.start)
    EXECUTE FUNCTION nd_event_mentions_first();
CREATE TRIGGER event_mentions_first_delete AFTER DELETE ON event_mentions
    FOR EACH ROW WHEN (OLD.event_id IS NOT NULL)
    EXECUTE FUNCTION nd_event_mentions_first();
