-- Web (issue 7): indexes for the pages' bounded queries, measured with
-- benchmarks/bench_web.py at 100k generated documents.
-- Entity page: its mentions in (document, offset) order with LIMIT/OFFSET, no sort.
CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity_id, document_id, start);
-- Entity page: the first mention of each alias ("first use" evidence).
CREATE INDEX IF NOT EXISTS mentions_entity_text ON mentions(entity_id, text);
-- Source page (an outlet's documents, newest first) and the publication timeline.
CREATE INDEX IF NOT EXISTS documents_outlet_published ON documents(outlet, published);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
