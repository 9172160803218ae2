-- The same table and rules as ../schema/0985_entity_event_counts.sql (read its comments):
-- an entity's distinct events by type, kept by row triggers on event_arguments.  As in
-- 0970 the triggers run BEFORE the row changes (an AFTER row trigger of a many-row
-- UPDATE sees every row of the statement changed, so "no other row has this (entity,
-- type, event)" would be false for each); BEFORE, each sees the rows the statement
-- already changed, and its own row still with its old values, which the checks exclude
-- by the primary key.  PostgreSQL fires the BEFORE triggers of a row in name order:
-- "tally" sorts after event_arguments_fill (0810), which fills a row written unlinked,
-- so the count sees the filled row.
CREATE TABLE entity_event_counts (
    entity_id text NOT NULL,
    event_type text NOT NULL,
    events integer NOT NULL,
    PRIMARY KEY (entity_id, event_type)
);

INSERT INTO entity_event_counts(entity_id, event_type, events)
SELECT entity_id, event_type, count(DISTINCT event_id) FROM event_arguments
 WHERE entity_id IS NOT NULL AND event_id IS NOT NULL AND event_type IS NOT NULL
 GROUP BY entity_id, event_type;

-- (entity, type, event) of argument row (em, r, mid) counted (+1) or no longer (-1),
-- unless another argument row has it
CREATE FUNCTION nd_entity_event_tally(eid text, typ text, ev text, em text, r text,
                                      mid text, sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF eid IS NULL OR typ IS NULL OR ev IS NULL THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM event_arguments a WHERE a.entity_id = eid
                  AND a.event_type = typ AND a.event_id = ev
                  AND NOT (a.event_mention_id = em AND a.role = r AND a.mention_id = mid)) THEN
        RETURN;
    END IF;
    INSERT INTO entity_event_counts AS c (entity_id, event_type, events)
    VALUES (eid, typ, sign)
    ON CONFLICT (entity_id, event_type) DO UPDATE SET events = c.events + sign;
    IF sign < 0 THEN
        DELETE FROM entity_event_counts
         WHERE entity_id = eid AND event_type = typ AND events <= 0;
    END IF;
END $$;

CREATE FUNCTION nd_event_arguments_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM nd_entity_event_tally(OLD.entity_id, OLD.event_type, OLD.event_id,
                                      OLD.event_mention_id, OLD.role, OLD.mention_id, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM nd_entity_event_tally(NEW.entity_id, NEW.event_type, NEW.event_id,
                                      NEW.event_mention_id, NEW.role, NEW.mention_id, 1);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER event_arguments_tally_update BEFORE UPDATE OF entity_id, event_id, event_type
    ON event_arguments FOR EACH ROW
    WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.event_id IS DISTINCT FROM
          NEW.event_id OR OLD.event_type IS DISTINCT FROM NEW.event_type)
    EXECUTE FUNCTION nd_event_arguments_tally();
CREATE TRIGGER event_arguments_tally_insert BEFORE INSERT ON event_arguments
    FOR EACH ROW
    WHEN (NEW.entity_id IS NOT NULL AND NEW.event_id IS NOT NULL AND NEW.event_type IS NOT NULL)
    EXECUTE FUNCTION nd_event_arguments_tally();
CREATE TRIGGER event_arguments_tally_delete BEFORE DELETE ON event_arguments
    FOR EACH ROW
    WHEN (OLD.entity_id IS NOT NULL AND OLD.event_id IS NOT NULL AND OLD.event_type IS NOT NULL)
    EXECUTE FUNCTION nd_event_arguments_tally();
