-- Claims in the order they were written (issue 18): the contradiction resolver's
-- watermark (claims_marks, iter_claims(after_rowid)) is SQLite's claims.rowid,
-- which PostgreSQL has not.  PostgreSQL only: SQLite keeps its rowid, so ../schema/
-- has no file of this name (store/dialect.py's row_order names each engine's column).
ALTER TABLE claims ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE;
