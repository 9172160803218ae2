-- Full-text search over documents (issue 18): PostgreSQL's stand-in for SQLite's
-- documents_fts (FTS5 over title + text).  PostgreSQL only: ../schema/ has no file of
-- this name.  The 'simple' configuration lowercases and does not stem, like FTS5's
-- unicode61 tokenizer (the corpus mixes languages); unlike unicode61 it keeps
-- diacritics.  PostgresStore.search_documents repeats this expression word for word,
-- or the planner cannot use the index.
CREATE INDEX documents_search ON documents
    USING gin (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || text));
