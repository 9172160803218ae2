-- The same table as ../schema/0960_reuse_shingles.sql (read its comments): each
-- document's word 3-gram hashes, 32-bit little-endian, for the text reuse resolver.
CREATE TABLE reuse_shingles (doc bigint PRIMARY KEY, shingles bytea NOT NULL);
