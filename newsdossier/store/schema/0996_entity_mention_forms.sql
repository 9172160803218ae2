-- An entity's mention forms kept at write (issue 18 item 4: the absorb rate at 100k
-- documents).  Each resolver pass recomputes the entities it touched from their mentions
-- (resolve/entity_refresh.py): the surface forms with their kind and type, counted.  It
-- read every mention of each such entity, and the most mentioned entity of the 100k store
-- has 110,168 (an index walk plus a row read each, every pass that touches it: the
-- entity resolver's cost grew with the store).  The counts are now kept, by triggers on
-- mentions, whatever changes a mention's entity or form (the resolvers' links, merges and
-- splits, resets, recall's inserts and deletes):
--   entity_mention_forms  (entity, text, kind, type) -> mentions of the entity written so
--                         (kind 'recall' for a mention recall found, whatever its kind
--                         column says: entities_repo.entity_mention_forms' rule)
-- Rows that fall to 0 are deleted.  The same file for PostgreSQL is
-- ../schema_pg/0996_entity_mention_forms.sql (plpgsql).
CREATE TABLE entity_mention_forms (
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, text, kind, type)
);

INSERT INTO entity_mention_forms(entity_id, text, kind, type, mentions)
SELECT entity_id, text, CASE WHEN analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE kind END,
       type, count(*)
  FROM mentions WHERE entity_id IS NOT NULL
 GROUP BY 1, 2, 3, 4;

-- one trigger per side, each with its condition in WHEN: a link (an unlinked mention
-- gains an entity, the common case) runs only the statement that adds
CREATE TRIGGER mentions_forms_link AFTER UPDATE OF entity_id, text, kind, type, analyzer
ON mentions
WHEN NEW.entity_id IS NOT NULL
 AND (OLD.entity_id IS NOT NEW.entity_id OR OLD.text IS NOT NEW.text
      OR OLD.kind IS NOT NEW.kind OR OLD.type IS NOT NEW.type
      OR OLD.analyzer IS NOT NEW.analyzer)
BEGIN
    INSERT INTO entity_mention_forms(entity_id, text, kind, type, mentions)
    VALUES (NEW.entity_id, NEW.text,
            CASE WHEN NEW.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE NEW.kind END,
            NEW.type, 1)
    ON CONFLICT (entity_id, text, kind, type) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_forms_unlink AFTER UPDATE OF entity_id, text, kind, type, analyzer
ON mentions
WHEN OLD.entity_id IS NOT NULL
 AND (OLD.entity_id IS NOT NEW.entity_id OR OLD.text IS NOT NEW.text
      OR OLD.kind IS NOT NEW.kind OR OLD.type IS NOT NEW.type
      OR OLD.analyzer IS NOT NEW.analyzer)
BEGIN
    UPDATE entity_mention_forms SET mentions = mentions - 1
     WHERE entity_id = OLD.entity_id AND text = OLD.text AND type = OLD.type
       AND kind = CASE WHEN OLD.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE OLD.kind END;
    DELETE FROM entity_mention_forms
     WHERE entity_id = OLD.entity_id AND text = OLD.text AND type = OLD.type
       AND kind = CASE WHEN OLD.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE OLD.kind END
       AND mentions <= 0;
END;
CREATE TRIGGER mentions_forms_insert AFTER INSERT ON mentions
WHEN NEW.entity_id IS NOT NULL BEGIN
    INSERT INTO entity_mention_forms(entity_id, text, kind, type, mentions)
    VALUES (NEW.entity_id, NEW.text,
            CASE WHEN NEW.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE NEW.kind END,
            NEW.type, 1)
    ON CONFLICT (entity_id, text, kind, type) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_forms_delete AFTER DELETE ON mentions
WHEN OLD.entity_id IS NOT NULL BEGIN
    UPDATE entity_mention_forms SET mentions = mentions - 1
     WHERE entity_id = OLD.entity_id AND text = OLD.text AND type = OLD.type
       AND kind = CASE WHEN OLD.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE OLD.kind END;
    DELETE FROM entity_mention_forms
     WHERE entity_id = OLD.entity_id AND text = OLD.text AND type = OLD.type
       AND kind = CASE WHEN OLD.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE OLD.kind END
       AND mentions <= 0;
END;
