-- The reuse resolver's LSH band keys in one B-tree, ordered by (key, doc) (issue 18 item 4:
-- the absorb rate at 100k documents against 10k).  ``reuse_lsh`` was a rowid table with a
-- unique index on (key, doc) (0700): each band key written went into both, the row at the
-- table's end and its copy (with the rowid) at a random place of the index, and the index
-- outgrew the writer's cache as the store grew (6.0 M keys at 100k documents).  A table
-- WITHOUT ROWID keyed by (key, doc) is that index alone: the same rows, the same
-- uniqueness (a pair written twice is kept once: ``reuse_add_keys``' ON CONFLICT), the same
-- reads (``reuse_lookup``: key IN (...) ORDER BY key, doc, from the key's first entry).
-- Measured (the 100k store's keys, 240,000 new ones inserted in key order, process CPU):
-- 0.45-0.53 s as it was, 0.30-0.32 s so; into the 10k store's keys 0.38 s and 0.30 s.
-- Nothing reads the table's rowid (0700 did, before this).  PostgreSQL keeps its heap
-- and unique index (schema_pg/0001): it has no table stored in its key's order.
CREATE TABLE reuse_lsh_keyed (
    key INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
INSERT INTO reuse_lsh_keyed(key, doc) SELECT key, doc FROM reuse_lsh ORDER BY key, doc;
DROP TABLE reuse_lsh;
ALTER TABLE reuse_lsh_keyed RENAME TO reuse_lsh;
