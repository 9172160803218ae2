-- Each document's word 3-gram hashes, as the text reuse resolver computed them when it
-- first saw the document (issue 18 item 4): little-endian 32-bit unsigned integers, one
-- per shingle, in text order (4 bytes a word).  A candidate found through the LSH keys
-- is compared from these, not by reading its text and shingling it again (measured: 7.8
-- of the resolver's 24 s for 1,000 documents at 10,000 stored).  ``doc`` is the
-- document's place, as in ``reuse_lsh``.  Documents stored before this migration have
-- none; the resolver shingles their text when it meets them.
CREATE TABLE reuse_shingles (
    doc INTEGER PRIMARY KEY,
    shingles BLOB NOT NULL
);
