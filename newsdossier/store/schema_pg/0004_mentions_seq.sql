-- Mentions in the order they were written (issue 18): the entity resolver indexes new
-- names, and decides a name's documents, in the order of their first mention, and
-- cites a name's first written form; on SQLite that order is mentions.rowid, which
-- PostgreSQL has not.  PostgreSQL only: ../schema/ has no file of this name
-- (store/dialect.py's row_order names each engine's column).
ALTER TABLE mentions ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
