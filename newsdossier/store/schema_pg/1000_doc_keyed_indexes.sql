-- The same drops as ../schema/1000_doc_keyed_indexes.sql (read its comments).  Here
-- documents_outlet_recent (0991) is (outlet, published DESC, seq) INCLUDE (id): an outlet's
-- counts, dates and ids are index-only reads of it.
DROP INDEX IF EXISTS documents_outlet_published;
DROP INDEX IF EXISTS claims_document;
