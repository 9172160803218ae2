-- A (subject entity, attribute) key's claims read through an index (issue 18 item 4: the
-- absorb rate at 100k documents).  The contradiction resolver reads the claims of each key
-- a pass touched (claims_repo.claim_ids_in_key): the claims whose subject span holds a
-- mention of the entity.  It found them by walking every mention of the entity
-- (mentions_entity_doc) and probing claims_subject for a claim at each: the most mentioned
-- entity of the 100k store has 110,168 mentions, read each pass one of its keys got a
-- claim, so the resolver's cost grew with the store.
--
-- claims.subject_entity (0810) holds the smallest entity of the mentions at the subject's
-- span; subject_entity_max now holds the largest, kept by the same triggers.  Where the
-- two are equal the span holds one entity, and the claim is in that entity's keys alone:
-- claims_subject_attribute finds it.  Where they differ (the span's mentions were linked
-- to two entities) the claim may be in a key of any of them: claims_subject_shared lists
-- those claims by attribute, each checked against the span's mentions.  The same claims as
-- the walk, read in proportion to the key, not to the entity's mentions.
-- The same file for PostgreSQL is ../schema_pg/0997_claims_subject_key.sql (plpgsql).
ALTER TABLE claims ADD COLUMN subject_entity_max TEXT;
UPDATE claims SET subject_entity_max = (
    SELECT max(m.entity_id) FROM mentions m WHERE m.document_id = claims.document_id
       AND m.start = claims.subject_start AND m."end" = claims.subject_end)
 WHERE subject_start >= 0;

CREATE INDEX claims_subject_attribute ON claims(subject_entity, attribute)
    WHERE subject_entity IS NOT NULL;
CREATE INDEX claims_subject_shared ON claims(attribute)
    WHERE subject_entity < subject_entity_max;

-- 0810's triggers, both columns set by one statement
DROP TRIGGER mentions_entity_sync;
DROP TRIGGER mentions_entity_insert;
DROP TRIGGER mentions_entity_delete;
DROP TRIGGER claims_fill;
CREATE TRIGGER mentions_entity_sync AFTER UPDATE OF entity_id ON mentions
WHEN OLD.entity_id IS NOT NEW.entity_id BEGIN
    UPDATE event_arguments SET entity_id = NEW.entity_id WHERE mention_id = NEW.id;
    UPDATE claims SET (subject_entity, subject_entity_max) = (
        SELECT min(m.entity_id), max(m.entity_id) FROM mentions m
         WHERE m.document_id = NEW.document_id AND m.start = NEW.start AND m."end" = NEW."end")
     WHERE document_id = NEW.document_id AND subject_start = NEW.start
       AND subject_end = NEW."end";
END;
CREATE TRIGGER mentions_entity_insert AFTER INSERT ON mentions
WHEN NEW.entity_id IS NOT NULL BEGIN
    UPDATE event_arguments SET entity_id = NEW.entity_id WHERE mention_id = NEW.id;
    UPDATE claims SET (subject_entity, subject_entity_max) = (
        SELECT min(m.entity_id), max(m.entity_id) FROM mentions m
         WHERE m.document_id = NEW.document_id AND m.start = NEW.start AND m."end" = NEW."end")
     WHERE document_id = NEW.document_id AND subject_start = NEW.start
       AND subject_end = NEW."end";
END;
CREATE TRIGGER mentions_entity_delete AFTER DELETE ON mentions
WHEN OLD.entity_id IS NOT NULL BEGIN
    UPDATE event_arguments SET entity_id = NULL WHERE mention_id = OLD.id;
    UPDATE claims SET (subject_entity, subject_entity_max) = (
        SELECT min(m.entity_id), max(m.entity_id) FROM mentions m
         WHERE m.document_id = OLD.document_id AND m.start = OLD.start AND m."end" = OLD."end")
     WHERE document_id = OLD.document_id AND subject_start = OLD.start
       AND subject_end = OLD."end";
END;
CREATE TRIGGER claims_fill AFTER INSERT ON claims
WHEN NEW.subject_entity IS NULL AND NEW.subject_start >= 0 BEGIN
    UPDATE claims SET (subject_entity, subject_entity_max) = (
        SELECT min(m.entity_id), max(m.entity_id) FROM mentions m
         WHERE m.document_id = NEW.document_id AND m.start = NEW.subject_start
           AND m."end" = NEW.subject_end)
     WHERE id = NEW.id;
END;
