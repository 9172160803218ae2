-- The same table and rules as ../schema/0996_entity_mention_forms.sql (read its
-- comments): an entity's mention forms (text, kind, type) counted, kept by row triggers
-- on mentions.  Plain counts (no "another row" test), so AFTER triggers, which for a
-- statement changing many rows run at its end, give the same counts as SQLite's.
CREATE TABLE entity_mention_forms (
    entity_id text NOT NULL,
    text text NOT NULL,
    kind text NOT NULL,
    type text NOT NULL,
    mentions integer NOT NULL,
    PRIMARY KEY (entity_id, text, kind, type)
);

INSERT INTO entity_mention_forms(entity_id, text, kind, type, mentions)
SELECT entity_id, text, CASE WHEN analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE kind END,
       type, count(*)
  FROM mentions WHERE entity_id IS NOT NULL
 GROUP BY 1, 2, 3, 4;

-- one form of ``eid`` counted (+1) or no longer (-1)
CREATE FUNCTION nd_entity_forms_add(eid text, txt text, knd text, typ text, sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO entity_mention_forms AS f (entity_id, text, kind, type, mentions)
    VALUES (eid, txt, knd, typ, sign)
    ON CONFLICT (entity_id, text, kind, type) DO UPDATE SET mentions = f.mentions + sign;
    IF sign < 0 THEN
        DELETE FROM entity_mention_forms
         WHERE entity_id = eid AND text = txt AND kind = knd AND type = typ AND mentions <= 0;
    END IF;
END $$;

CREATE FUNCTION nd_mentions_forms_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.entity_id IS NOT NULL THEN
        PERFORM nd_entity_forms_add(
            OLD.entity_id, OLD.text,
            CASE WHEN OLD.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE OLD.kind END,
            OLD.type, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.entity_id IS NOT NULL THEN
        PERFORM nd_entity_forms_add(
            NEW.entity_id, NEW.text,
            CASE WHEN NEW.analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE NEW.kind END,
            NEW.type, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER mentions_forms_sync AFTER UPDATE OF entity_id, text, kind, type, analyzer
    ON mentions FOR EACH ROW
    WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.text IS DISTINCT FROM NEW.text
          OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.type IS DISTINCT FROM NEW.type
          OR OLD.analyzer IS DISTINCT FROM NEW.analyzer)
    EXECUTE FUNCTION nd_mentions_forms_sync();
CREATE TRIGGER mentions_forms_insert AFTER INSERT ON mentions
    FOR EACH ROW WHEN (NEW.entity_id IS NOT NULL)
    EXECUTE FUNCTION nd_mentions_forms_sync();
CREATE TRIGGER mentions_forms_delete AFTER DELETE ON mentions
    FOR EACH ROW WHEN (OLD.entity_id IS NOT NULL)
    EXECUTE FUNCTION nd_mentions_forms_sync();
