-- The search vector kept in the document's row (issue 18, search at 100k documents).
-- PostgreSQL only (SQLite's FTS5 keeps its own index).  A search for a word most
-- documents hold walks the documents in insertion order and matches, then ranks, the
-- first 2,000 that hold it (postgres.SEARCH_CANDIDATES): each vector (~2.6 kB for a
-- short article, more than the 2 kB past which PostgreSQL moves a value out of the row)
-- was fetched from the TOAST table once to match and once more to rank: 53 ms of the
-- page at 100k documents (EXPLAIN ANALYZE: 16,900 buffers for 2,000 rows).  With
-- storage MAIN the vector stays in the row (the text, EXTENDED, moves out first; a
-- vector larger than a page still goes out): 2,000 matched and ranked in about half the
-- time on a 20,000-row copy.  Storage applies to values written from now on, so the
-- table is rewritten once, in insertion order (CLUSTER re-toasts every value as its
-- column now says; 126 s for 100k documents at load 15, instant for a new store), then
-- vacuumed by PostgresStore._migrate once this commits (a rewritten table's visibility
-- map is empty: index-only scans would read the heap).  CLUSTER holds the table's lock
-- while it runs: readers wait for this migration, once.
ALTER TABLE documents ALTER COLUMN search_vector SET STORAGE MAIN;
CLUSTER documents USING documents_seq_key;
