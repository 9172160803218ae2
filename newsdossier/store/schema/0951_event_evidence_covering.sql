-- An event's evidence in corpus order without reading its rows (issue 18): the time
-- axis reads the first evidence of up to 1,000 events per entity timeline (the most
-- mentioned entity's at 100k documents), and a page its events' evidence.  The index
-- replaces event_mentions_event, its prefix (one index for the events resolver to keep,
-- as before).
DROP INDEX IF EXISTS event_mentions_event;
CREATE INDEX event_mentions_event ON event_mentions(event_id, document_id, start, id, "end");
