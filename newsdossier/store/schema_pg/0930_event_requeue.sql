-- The same table, index and rule as ../schema/0930_event_requeue.sql (read its
-- comments): events whose participants' entities changed after they were merged.
CREATE TABLE event_requeue (event_id text PRIMARY KEY);
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE FUNCTION nd_event_arguments_requeue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_requeue(event_id) VALUES (NEW.event_id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER event_arguments_requeue AFTER UPDATE OF entity_id ON event_arguments
    FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id AND NEW.event_id IS NOT NULL)
    EXECUTE FUNCTION nd_event_arguments_requeue();
