-- Events to merge again (issue 18: same input, same dossier).  Event mentions merge
-- on their participants' entity ids as they are when the events resolver reads them;
-- an entity merged, renamed or split later (a later pass, recall's fragments) left
-- events that one pass over the same documents would have merged otherwise.  A
-- mention argument whose entity changes after its event mention was merged queues
-- the event here (trigger below, whatever writes the change); the events resolver
-- takes the queue first, unmerges those events and merges their mentions again.
CREATE TABLE event_requeue (event_id TEXT PRIMARY KEY) WITHOUT ROWID;
-- (an event's keys, to drop them when it is merged again)
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE TRIGGER event_arguments_requeue AFTER UPDATE OF entity_id ON event_arguments
WHEN OLD.entity_id IS NOT NEW.entity_id AND NEW.event_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO event_requeue(event_id) VALUES (NEW.event_id);
END;
