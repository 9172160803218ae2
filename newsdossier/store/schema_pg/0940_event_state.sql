-- The same table as ../schema/0940_event_state.sql (read its comments): the events
-- resolver's summary of each merged event.
CREATE TABLE event_state (event_id text PRIMARY KEY, state text NOT NULL);
