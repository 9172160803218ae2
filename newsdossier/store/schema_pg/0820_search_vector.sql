-- Full-text search over a stored tsvector (issue 18, web pages at 100k documents).
-- PostgreSQL only: ../schema/ has no file of this name (SQLite's FTS5 keeps its own).
-- Ranking read each candidate's text and parsed it again (ts_rank over the expression of
-- 0003_search.sql), and a word in every document made the GIN bitmap lossy, so its
-- recheck parsed every document: a search page took 820-960 ms at 100k documents
-- (bench_web_scale, load ~15).  The vector is stored once, when the row is written, and
-- indexed; PostgresStore.search_documents reads it (12-36 ms the same searches).
ALTER TABLE documents ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || text))
    STORED;
CREATE INDEX documents_search_vector ON documents USING gin (search_vector);
DROP INDEX IF EXISTS documents_search;
