-- The same tables and rules as ../schema/0970_entity_counts.sql (read its comments):
-- per-entity counts by outlet and month, and of framing by outlet and technique, kept by
-- row triggers.  The triggers on mentions run BEFORE the row changes: a row trigger
-- AFTER an UPDATE of many rows sees them all changed (its queue runs at the end of the
-- statement), so "no other mention of the document had the entity" would be false for
-- every row of a document whose mentions are linked together; BEFORE, each sees the rows
-- the statement already changed and not its own (SQLite's AFTER trigger, which runs as
-- each row changes, excludes its own row by id instead: the same answer).
CREATE TABLE entity_outlet_periods (
    entity_id text NOT NULL,
    outlet text NOT NULL,
    period text NOT NULL,
    documents integer NOT NULL,
    PRIMARY KEY (entity_id, outlet, period)
);
CREATE TABLE entity_framing_counts (
    entity_id text NOT NULL,
    outlet text NOT NULL,
    technique text NOT NULL,
    spans integer NOT NULL,
    PRIMARY KEY (entity_id, outlet, technique)
);

INSERT INTO entity_outlet_periods(entity_id, outlet, period, documents)
SELECT x.entity_id, coalesce(d.outlet, ''), coalesce(substr(d.published, 1, 7), ''), count(*)
  FROM (SELECT DISTINCT entity_id, document_id FROM mentions WHERE entity_id IS NOT NULL) x
  JOIN documents d ON d.id = x.document_id
 GROUP BY 1, 2, 3;
INSERT INTO entity_framing_counts(entity_id, outlet, technique, spans)
SELECT m.entity_id, coalesce(d.outlet, ''), f.technique, count(*)
  FROM framing_spans f JOIN mentions m ON m.id = f.target_mention
  JOIN documents d ON d.id = f.document_id
 WHERE m.entity_id IS NOT NULL
 GROUP BY 1, 2, 3;

-- mention ``mid`` of document ``doc`` counted for entity ``eid`` (+1) or no longer (-1)
CREATE FUNCTION nd_entity_counts_add(eid text, doc text, mid text, sign integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    o text;
    p text;
BEGIN
    SELECT coalesce(d.outlet, ''), coalesce(substr(d.published, 1, 7), '') INTO o, p
      FROM documents d WHERE d.id = doc;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = doc AND m.entity_id = eid
                      AND m.id != mid) THEN
        INSERT INTO entity_outlet_periods AS c (entity_id, outlet, period, documents)
        VALUES (eid, o, p, sign)
        ON CONFLICT (entity_id, outlet, period) DO UPDATE SET documents = c.documents + sign;
        IF sign < 0 THEN
            DELETE FROM entity_outlet_periods
             WHERE entity_id = eid AND outlet = o AND period = p AND documents <= 0;
        END IF;
    END IF;
    INSERT INTO entity_framing_counts AS c (entity_id, outlet, technique, spans)
    SELECT eid, o, f.technique, sign * count(*) FROM framing_spans f
     WHERE f.target_mention = mid GROUP BY f.technique
    ON CONFLICT (entity_id, outlet, technique) DO UPDATE SET spans = c.spans + excluded.spans;
    IF sign < 0 THEN
        DELETE FROM entity_framing_counts WHERE entity_id = eid AND outlet = o AND spans <= 0;
    END IF;
END $$;

CREATE FUNCTION nd_mentions_counts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.entity_id IS NOT NULL THEN
        PERFORM nd_entity_counts_add(OLD.entity_id, OLD.document_id, OLD.id, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.entity_id IS NOT NULL THEN
        PERFORM nd_entity_counts_add(NEW.entity_id, NEW.document_id, NEW.id, 1);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER mentions_counts_sync BEFORE UPDATE OF entity_id ON mentions
    FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id)
    EXECUTE FUNCTION nd_mentions_counts_sync();
CREATE TRIGGER mentions_counts_insert BEFORE INSERT ON mentions
    FOR EACH ROW WHEN (NEW.entity_id IS NOT NULL)
    EXECUTE FUNCTION nd_mentions_counts_sync();
CREATE TRIGGER mentions_counts_delete BEFORE DELETE ON mentions
    FOR EACH ROW WHEN (OLD.entity_id IS NOT NULL)
    EXECUTE FUNCTION nd_mentions_counts_sync();

-- a framing span written (or removed) while its target mention is linked (a copy, a re-run)
CREATE FUNCTION nd_framing_spans_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    eid text;
    o text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT m.entity_id INTO eid FROM mentions m WHERE m.id = NEW.target_mention;
        IF eid IS NOT NULL THEN
            SELECT coalesce(d.outlet, '') INTO o FROM documents d WHERE d.id = NEW.document_id;
            INSERT INTO entity_framing_counts AS c (entity_id, outlet, technique, spans)
            VALUES (eid, coalesce(o, ''), NEW.technique, 1)
            ON CONFLICT (entity_id, outlet, technique) DO UPDATE SET spans = c.spans + 1;
        END IF;
    ELSE
        SELECT m.entity_id INTO eid FROM mentions m WHERE m.id = OLD.target_mention;
        IF eid IS NOT NULL THEN
            SELECT coalesce(d.outlet, '') INTO o FROM documents d WHERE d.id = OLD.document_id;
            UPDATE entity_framing_counts SET spans = spans - 1
             WHERE entity_id = eid AND outlet = coalesce(o, '') AND technique = OLD.technique;
            DELETE FROM entity_framing_counts
             WHERE entity_id = eid AND outlet = coalesce(o, '') AND technique = OLD.technique
               AND spans <= 0;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER framing_spans_counts_insert AFTER INSERT ON framing_spans
    FOR EACH ROW WHEN (NEW.target_mention IS NOT NULL)
    EXECUTE FUNCTION nd_framing_spans_counts();
CREATE TRIGGER framing_spans_counts_delete AFTER DELETE ON framing_spans
    FOR EACH ROW WHEN (OLD.target_mention IS NOT NULL)
    EXECUTE FUNCTION nd_framing_spans_counts();
