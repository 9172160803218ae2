-- Where each name was first written (issue 18): the position of its first tagged
-- mention in input order, document row order * 2^32 + start offset.  The older of
-- two merged entities, an entity's display name and the order name candidates are
-- read in follow it, so they no longer depend on which resolver pass indexed the
-- name (seq, the insertion counter, still marks what recall has scanned).  Names
-- never written (a user's alias) sort last, at 2^62.  Names indexed before this
-- column existed keep their seq order, ahead of every new one.
ALTER TABLE entity_names ADD COLUMN first_seen INTEGER NOT NULL DEFAULT 4611686018427387904;
UPDATE entity_names SET first_seen = seq - 1099511627776;
