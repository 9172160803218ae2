-- The same file as ../schema/0800_web_pages.sql (the SQLite store's).
-- Web pages read the analysis sections per page (issue 18), not from an in-memory
-- index of whole export sections.  Indexes for those page queries:
-- the timeline's events in date order, undated last (store/reads.py, _EVENT_ORDER):
CREATE INDEX IF NOT EXISTS events_page_order ON events((date_value IS NULL), date_value, type, id);
-- an entity's claims, from its subject mentions:
CREATE INDEX IF NOT EXISTS claims_subject ON claims(document_id, subject_start, subject_end);
