-- One writer, exact resume, unique keys (issue 17).
--
-- reuse_lsh held every (key, doc) pair twice after two builds wrote one store at
-- once; (key, doc) is now unique.  The unique index also serves the lookups by
-- key that reuse_lsh_key served.
DELETE FROM reuse_lsh
 WHERE rowid NOT IN (SELECT min(rowid) FROM reuse_lsh GROUP BY key, doc);
DROP INDEX IF EXISTS reuse_lsh_key;
CREATE UNIQUE INDEX IF NOT EXISTS reuse_lsh_key_doc ON reuse_lsh(key, doc);
-- Where the build's resolver passes stand (run/schedule.py):
--   passed_docs   documents stored when the last resolver pass ran (the next pass
--                 falls at a point computed from it, so a resumed build runs its
--                 passes where a clean build ran them)
--   fixed_point   the resolver inputs (documents, judgements) at which the last
--                 final pass reached its fixed point; empty while one is owed
CREATE TABLE IF NOT EXISTS resolution_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
-- A store built before this table existed was resolved up to its documents.
INSERT OR IGNORE INTO resolution_state(name, value)
    SELECT 'passed_docs', CAST(count(*) AS TEXT) FROM documents;
-- What ingest repaired in an input before using it ("W101 3 lone surrogate code
-- point(s) replaced ..."), one "CODE message" per line; NULL when nothing was.
ALTER TABLE inputs ADD COLUMN notes TEXT;
-- A counter that every write transaction raises as it commits: a reader that sees
-- the same value inside its snapshot sees the same committed state (the web
-- server keys its in-memory section indexes by it).  It counts commits, so it is
-- no part of a store's content (store/compare.py leaves it out).
CREATE TABLE IF NOT EXISTS store_version (n INTEGER NOT NULL);
INSERT INTO store_version(n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM store_version);
