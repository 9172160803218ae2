-- An outlet's documents newest first, in the order a source page reads them (issue 18:
-- web page p95 at 100k documents).  The page lists an outlet's documents and counts the
-- names its 2,000 newest use for their actors (store/reads.py, _outlet_docs_sql: ORDER BY
-- published DESC, then insertion order).  documents_outlet_published (0500) holds
-- (outlet, published, rowid): read backwards it gives the rowids of one date in
-- descending order, so every document of the outlet was read and sorted (8,333 per
-- outlet at 100k documents) to keep 2,000.  This index holds the page's order itself
-- (the rowid ascending after the descending date): the read stops at the 2,000th entry.
-- PostgreSQL's twin is ../schema_pg/0991_outlet_recent.sql.
CREATE INDEX documents_outlet_recent ON documents(outlet, published DESC);
