-- Every mention's vote for a name's type, summed over all resolver passes (issue 18:
-- same input, same dossier).  A name's type was voted by the mentions of the pass
-- that indexed it; a build resolving every 16 documents typed a person's full name
-- "organization" from its first page and never looked again.  JSON
-- {"t": {type: mentions}, "l": {tagger label: mentions}}; NULL for names indexed
-- before this column existed (their type stays as it was voted).
ALTER TABLE entity_names ADD COLUMN votes TEXT;
