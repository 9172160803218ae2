-- The events resolver's summary of each merged event (issue 18 item 4): its date
-- groups, counts and last mention in corpus order, as JSON text
-- (newsdossier/resolve/events.py reads and writes it).  With it a new mention is
-- compared with, and added to, an event without reading the event's mentions, which
-- grow with the corpus.  Events stored before this migration have none; the resolver
-- makes it from their mentions when they are next touched.
CREATE TABLE event_state (
    event_id TEXT PRIMARY KEY,
    state TEXT NOT NULL
) WITHOUT ROWID;
