-- The same columns, indexes and rules as ../schema/0810_entity_reads.sql (read its
-- comments): an entity's events and claims read through its id, the copies kept in
-- step by row triggers (plpgsql functions here, trigger bodies in SQLite).
ALTER TABLE event_arguments ADD COLUMN entity_id text;
ALTER TABLE event_arguments ADD COLUMN event_id text;
ALTER TABLE event_arguments ADD COLUMN event_type text;
ALTER TABLE claims ADD COLUMN subject_entity text;

UPDATE event_arguments a SET entity_id = m.entity_id FROM mentions m WHERE m.id = a.mention_id;
UPDATE event_arguments a SET event_id = em.event_id, event_type = em.type
  FROM event_mentions em WHERE em.id = a.event_mention_id;
UPDATE claims c SET subject_entity = (
    SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = c.document_id
       AND m.start = c.subject_start AND m."end" = c.subject_end)
 WHERE c.subject_start >= 0;

CREATE INDEX event_arguments_entity_event ON event_arguments(entity_id, event_id)
    WHERE entity_id IS NOT NULL AND event_id IS NOT NULL;
CREATE INDEX event_arguments_entity_type ON event_arguments(entity_id, event_type, event_id)
    WHERE entity_id IS NOT NULL AND event_id IS NOT NULL;
CREATE INDEX claims_subject_entity ON claims(subject_entity, document_id, subject_start, start, id)
    WHERE subject_entity IS NOT NULL;

-- claims at one span: their subject entity recomputed from the mentions there
CREATE FUNCTION nd_claims_subject_at(doc text, s integer, e integer) RETURNS void
LANGUAGE sql AS $$
    UPDATE claims SET subject_entity = (
        SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = doc
           AND m.start = s AND m."end" = e)
     WHERE document_id = doc AND subject_start = s AND subject_end = e
$$;

CREATE FUNCTION nd_mentions_entity_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE event_arguments SET entity_id = NULL WHERE mention_id = OLD.id;
        PERFORM nd_claims_subject_at(OLD.document_id, OLD.start, OLD."end");
    ELSE
        UPDATE event_arguments SET entity_id = NEW.entity_id WHERE mention_id = NEW.id;
        PERFORM nd_claims_subject_at(NEW.document_id, NEW.start, NEW."end");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER mentions_entity_sync AFTER UPDATE OF entity_id ON mentions
    FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id)
    EXECUTE FUNCTION nd_mentions_entity_sync();
CREATE TRIGGER mentions_entity_insert AFTER INSERT ON mentions
    FOR EACH ROW WHEN (NEW.entity_id IS NOT NULL)
    EXECUTE FUNCTION nd_mentions_entity_sync();
CREATE TRIGGER mentions_entity_delete AFTER DELETE ON mentions
    FOR EACH ROW WHEN (OLD.entity_id IS NOT NULL)
    EXECUTE FUNCTION nd_mentions_entity_sync();

CREATE FUNCTION nd_event_mentions_event_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_arguments SET event_id = NEW.event_id WHERE event_mention_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER event_mentions_event_sync AFTER UPDATE OF event_id ON event_mentions
    FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id)
    EXECUTE FUNCTION nd_event_mentions_event_sync();

-- filled before the row is stored (PostgreSQL's BEFORE trigger; SQLite updates it after)
CREATE FUNCTION nd_event_arguments_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.entity_id IS NULL THEN
        NEW.entity_id := (SELECT m.entity_id FROM mentions m WHERE m.id = NEW.mention_id);
    END IF;
    NEW.event_id := coalesce(NEW.event_id,
        (SELECT em.event_id FROM event_mentions em WHERE em.id = NEW.event_mention_id));
    NEW.event_type := coalesce(NEW.event_type,
        (SELECT em.type FROM event_mentions em WHERE em.id = NEW.event_mention_id));
    RETURN NEW;
END $$;
CREATE TRIGGER event_arguments_fill BEFORE INSERT ON event_arguments
    FOR EACH ROW WHEN (NEW.entity_id IS NULL OR NEW.event_type IS NULL)
    EXECUTE FUNCTION nd_event_arguments_fill();

CREATE FUNCTION nd_claims_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.subject_entity := (SELECT min(m.entity_id) FROM mentions m
        WHERE m.document_id = NEW.document_id AND m.start = NEW.subject_start
          AND m."end" = NEW.subject_end);
    RETURN NEW;
END $$;
CREATE TRIGGER claims_fill BEFORE INSERT ON claims
    FOR EACH ROW WHEN (NEW.subject_entity IS NULL AND NEW.subject_start >= 0)
    EXECUTE FUNCTION nd_claims_fill();
