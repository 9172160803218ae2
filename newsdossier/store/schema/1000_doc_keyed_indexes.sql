-- Two document-keyed indexes fewer for the writer to keep (issue 18 item 4: the absorb
-- rate at 10k and 100k documents).  Each index whose key starts with a document's id or
-- outlet costs a random page a document once the store outgrows a batch's pages; these
-- two held nothing another index does not hold in a usable order.
--
-- documents_outlet_published (0500: outlet, published) is documents_outlet_recent (0991:
-- outlet, published DESC) read the other way: both serve an outlet's equality and range
-- reads, its counts and first/last dates (outlet_totals, outlet_summary,
-- outlet_document_ids), and the newest-first page reads the second one.
--
-- claims_document (0310: document_id, start) served the reads of one document's claims
-- (claims_of_document, replace_denials); claims_subject (0800: document_id, subject_start,
-- subject_end) serves the same equality on the document, and a document's dozen claims
-- are sorted by start in memory.  claims_subject and claims_source stay: the entity reads
-- probe them by the span (claims_about, claim_ids_spoken_by).
-- The same rows: only where index entries are kept.  PostgreSQL's twin is
-- ../schema_pg/1000_doc_keyed_indexes.sql; tests/store/test_doc_keyed_indexes.py reads
-- the plans of the reads on both engines.
DROP INDEX IF EXISTS documents_outlet_published;
DROP INDEX IF EXISTS claims_document;
