-- The same column, indexes and rules as ../schema/0997_claims_subject_key.sql (read its
-- comments): a key's claims read through an index, subject_entity_max (the largest entity
-- of the mentions at the subject's span) kept beside 0810's subject_entity by the same
-- functions.
ALTER TABLE claims ADD COLUMN subject_entity_max text;
UPDATE claims c SET subject_entity_max = (
    SELECT max(m.entity_id) FROM mentions m WHERE m.document_id = c.document_id
       AND m.start = c.subject_start AND m."end" = c.subject_end)
 WHERE c.subject_start >= 0;

CREATE INDEX claims_subject_attribute ON claims(subject_entity, attribute)
    WHERE subject_entity IS NOT NULL;
CREATE INDEX claims_subject_shared ON claims(attribute)
    WHERE subject_entity < subject_entity_max;

CREATE OR REPLACE FUNCTION nd_claims_subject_at(doc text, s integer, e integer) RETURNS void
LANGUAGE sql AS $$
    UPDATE claims SET (subject_entity, subject_entity_max) = (
        SELECT min(m.entity_id), max(m.entity_id) FROM mentions m WHERE m.document_id = doc
           AND m.start = s AND m."end" = e)
     WHERE document_id = doc AND subject_start = s AND subject_end = e
$$;

CREATE OR REPLACE FUNCTION nd_claims_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT min(m.entity_id), max(m.entity_id) INTO NEW.subject_entity, NEW.subject_entity_max
      FROM mentions m WHERE m.document_id = NEW.document_id AND m.start = NEW.subject_start
       AND m."end" = NEW.subject_end;
    RETURN NEW;
END $$;
