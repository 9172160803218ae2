-- Covering indexes for the web pages' reads of one entity and of one outlet (issue 18).
-- Measured at 100k documents (bench_web_scale, SQLite): an entity page of a most
-- mentioned entity reads its first 5,000 mentions' ids (framing aimed at them) and
-- documents (outlets, months), a source page the mentions of its outlet's 2,000 newest
-- documents (~22k); each row was a lookup in the table behind its index (a document's
-- row sits among ~1 GB of texts).  With the columns in the index each is an index-only
-- probe: entity framing 15.5 -> 6.8 ms, outlets x months 10.4 -> 5.0 ms of CPU.
-- mentions_entity_doc gains the mention's id; mentions_entity, a prefix of it, goes
-- (one index fewer for the resolvers to keep when they link mentions, for the one
-- added below).
DROP INDEX IF EXISTS mentions_entity;
DROP INDEX IF EXISTS mentions_entity_doc;
CREATE INDEX mentions_entity_doc ON mentions(entity_id, document_id, start, id);
-- an outlet's names for its actors: a document's resolved mentions' entity and text
CREATE INDEX mentions_document_entity ON mentions(document_id, entity_id, text)
    WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS framing_spans_target;
CREATE INDEX framing_spans_target ON framing_spans(target_mention, document_id, technique);
-- a document's outlet and date by id (its row holds its text)
CREATE INDEX documents_meta ON documents(id, outlet, published);
