-- Per-entity counts kept at write for the web pages (issue 18: web page p95 at 100k
-- documents).  An entity page and an entity's timeline counted, for each request, the
-- documents of its first 5,000 mentions by outlet and month and the framing spans aimed
-- at them by outlet and technique: ~3,000 document probes and 5,000 framing probes for a
-- most mentioned entity, and PostgreSQL hashed every document and every framing span
-- instead (a scan of both tables per request, growing with the corpus: 150 and 190 ms at
-- 100k documents, EXPLAIN ANALYZE).  The counts are now kept, over every document and
-- span (no first-5,000 cut), by triggers on the tables they come from, whatever writes
-- them (the resolvers' links and merges, resets, recall's inserts):
--   entity_outlet_periods  (entity, outlet, period) -> documents that mention the entity
--                          (period: the first 7 characters of the publication date)
--   entity_framing_counts  (entity, outlet, technique) -> framing spans aimed at a
--                          mention of the entity
-- '' stands for no outlet / no date (a key column cannot hold NULL usefully); rows
-- that fall to 0 are deleted.  A mention's document is counted for its entity once:
-- when no other mention of the document already has that entity.  The same file for
-- PostgreSQL is ../schema_pg/0970_entity_counts.sql (plpgsql).
CREATE TABLE entity_outlet_periods (
    entity_id TEXT NOT NULL,
    outlet TEXT NOT NULL,
    period TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (entity_id, outlet, period)
);
CREATE TABLE entity_framing_counts (
    entity_id TEXT NOT NULL,
    outlet TEXT NOT NULL,
    technique TEXT NOT NULL,
    spans INTEGER NOT NULL,
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

-- A mention gains an entity (NEW) or loses one (OLD).  The row itself already holds its
-- new value here (an AFTER trigger), hence "another mention" (m.id != the row's id).  One
-- trigger per side, each with its condition in WHEN (a link, the common case, runs only
-- the statements that add; the framing part only when a span targets the mention).
CREATE TRIGGER mentions_counts_link AFTER UPDATE OF entity_id ON mentions
WHEN NEW.entity_id IS NOT NULL AND OLD.entity_id IS NOT NEW.entity_id BEGIN
    INSERT INTO entity_outlet_periods(entity_id, outlet, period, documents)
    SELECT NEW.entity_id, coalesce(d.outlet, ''), coalesce(substr(d.published, 1, 7), ''), 1
      FROM documents d
     WHERE d.id = NEW.document_id
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = NEW.document_id
                          AND m.entity_id = NEW.entity_id AND m.id != NEW.id)
    ON CONFLICT (entity_id, outlet, period) DO UPDATE SET documents = documents + 1;
END;
CREATE TRIGGER mentions_counts_link_framing AFTER UPDATE OF entity_id ON mentions
WHEN NEW.entity_id IS NOT NULL AND OLD.entity_id IS NOT NEW.entity_id
 AND EXISTS (SELECT 1 FROM framing_spans f WHERE f.target_mention = NEW.id) BEGIN
    INSERT INTO entity_framing_counts(entity_id, outlet, technique, spans)
    SELECT NEW.entity_id, coalesce(d.outlet, ''), f.technique, count(*)
      FROM framing_spans f JOIN documents d ON d.id = f.document_id
     WHERE f.target_mention = NEW.id
     GROUP BY 1, 2, 3
    ON CONFLICT (entity_id, outlet, technique) DO UPDATE SET spans = spans + excluded.spans;
END;
CREATE TRIGGER mentions_counts_unlink AFTER UPDATE OF entity_id ON mentions
WHEN OLD.entity_id IS NOT NULL AND OLD.entity_id IS NOT NEW.entity_id BEGIN
    UPDATE entity_outlet_periods SET documents = documents - 1
     WHERE entity_id = OLD.entity_id
       AND (outlet, period) = (SELECT coalesce(d.outlet, ''),
                                      coalesce(substr(d.published, 1, 7), '')
                                 FROM documents d WHERE d.id = OLD.document_id)
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = OLD.document_id
                          AND m.entity_id = OLD.entity_id AND m.id != OLD.id);
    UPDATE entity_framing_counts SET spans = spans - (
        SELECT count(*) FROM framing_spans f WHERE f.target_mention = OLD.id
           AND f.technique = entity_framing_counts.technique)
     WHERE entity_id = OLD.entity_id
       AND outlet = (SELECT coalesce(d.outlet, '') FROM documents d WHERE d.id = OLD.document_id)
       AND technique IN (SELECT f.technique FROM framing_spans f WHERE f.target_mention = OLD.id);
    DELETE FROM entity_outlet_periods WHERE entity_id = OLD.entity_id AND documents <= 0
       AND (outlet, period) = (SELECT coalesce(d.outlet, ''),
                                      coalesce(substr(d.published, 1, 7), '')
                                 FROM documents d WHERE d.id = OLD.document_id);
    DELETE FROM entity_framing_counts WHERE entity_id = OLD.entity_id AND spans <= 0
       AND outlet = (SELECT coalesce(d.outlet, '') FROM documents d WHERE d.id = OLD.document_id);
END;
CREATE TRIGGER mentions_counts_insert AFTER INSERT ON mentions
WHEN NEW.entity_id IS NOT NULL BEGIN
    INSERT INTO entity_outlet_periods(entity_id, outlet, period, documents)
    SELECT NEW.entity_id, coalesce(d.outlet, ''), coalesce(substr(d.published, 1, 7), ''), 1
      FROM documents d
     WHERE d.id = NEW.document_id
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = NEW.document_id
                          AND m.entity_id = NEW.entity_id AND m.id != NEW.id)
    ON CONFLICT (entity_id, outlet, period) DO UPDATE SET documents = documents + 1;
    INSERT INTO entity_framing_counts(entity_id, outlet, technique, spans)
    SELECT NEW.entity_id, coalesce(d.outlet, ''), f.technique, count(*)
      FROM framing_spans f JOIN documents d ON d.id = f.document_id
     WHERE f.target_mention = NEW.id
     GROUP BY 1, 2, 3
    ON CONFLICT (entity_id, outlet, technique) DO UPDATE SET spans = spans + excluded.spans;
END;
CREATE TRIGGER mentions_counts_delete AFTER DELETE ON mentions
WHEN OLD.entity_id IS NOT NULL BEGIN
    UPDATE entity_outlet_periods SET documents = documents - 1
     WHERE entity_id = OLD.entity_id
       AND (outlet, period) = (SELECT coalesce(d.outlet, ''),
                                      coalesce(substr(d.published, 1, 7), '')
                                 FROM documents d WHERE d.id = OLD.document_id)
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = OLD.document_id
                          AND m.entity_id = OLD.entity_id AND m.id != OLD.id);
    UPDATE entity_framing_counts SET spans = spans - (
        SELECT count(*) FROM framing_spans f WHERE f.target_mention = OLD.id
           AND f.technique = entity_framing_counts.technique)
     WHERE entity_id = OLD.entity_id
       AND outlet = (SELECT coalesce(d.outlet, '') FROM documents d WHERE d.id = OLD.document_id)
       AND technique IN (SELECT f.technique FROM framing_spans f WHERE f.target_mention = OLD.id);
    DELETE FROM entity_outlet_periods WHERE entity_id = OLD.entity_id AND documents <= 0
       AND (outlet, period) = (SELECT coalesce(d.outlet, ''),
                                      coalesce(substr(d.published, 1, 7), '')
                                 FROM documents d WHERE d.id = OLD.document_id);
    DELETE FROM entity_framing_counts WHERE entity_id = OLD.entity_id AND spans <= 0
       AND outlet = (SELECT coalesce(d.outlet, '') FROM documents d WHERE d.id = OLD.document_id);
END;
-- A framing span written (or removed) while its target mention is linked (a copy, a re-run).
CREATE TRIGGER framing_spans_counts_insert AFTER INSERT ON framing_spans
WHEN NEW.target_mention IS NOT NULL BEGIN
    INSERT INTO entity_framing_counts(entity_id, outlet, technique, spans)
    SELECT m.entity_id, coalesce(d.outlet, ''), NEW.technique, 1
      FROM mentions m JOIN documents d ON d.id = NEW.document_id
     WHERE m.id = NEW.target_mention AND m.entity_id IS NOT NULL
    ON CONFLICT (entity_id, outlet, technique) DO UPDATE SET spans = spans + 1;
END;
CREATE TRIGGER framing_spans_counts_delete AFTER DELETE ON framing_spans
WHEN OLD.target_mention IS NOT NULL BEGIN
    UPDATE entity_framing_counts SET spans = spans - 1
     WHERE technique = OLD.technique
       AND entity_id = (SELECT m.entity_id FROM mentions m WHERE m.id = OLD.target_mention)
       AND outlet = (SELECT coalesce(d.outlet, '') FROM documents d WHERE d.id = OLD.document_id);
    DELETE FROM entity_framing_counts WHERE spans <= 0 AND technique = OLD.technique
       AND entity_id = (SELECT m.entity_id FROM mentions m WHERE m.id = OLD.target_mention)
       AND outlet = (SELECT coalesce(d.outlet, '') FROM documents d WHERE d.id = OLD.document_id);
END;
