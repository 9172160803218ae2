-- Lookups the resolvers make in the name index, so that they can query it
-- instead of loading every name into memory for each pass (memory then stays
-- flat as the corpus grows).
--
-- surname: the folded last word of a person name of two words or more (the
-- key a lone surname is matched by); NULL for every other name.  The
-- expression takes what follows the last space of `folded`.
ALTER TABLE entity_names ADD COLUMN surname TEXT;
UPDATE entity_names
   SET surname = substr(folded, length(rtrim(folded, replace(folded, ' ', ''))) + 1)
 WHERE type = 'person' AND instr(folded, ' ') > 0;
CREATE INDEX entity_names_surname ON entity_names(surname) WHERE surname IS NOT NULL;
CREATE INDEX entity_names_folded ON entity_names(folded);
CREATE INDEX entity_names_seq ON entity_names(seq);
