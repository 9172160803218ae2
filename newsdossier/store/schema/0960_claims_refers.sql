-- The words of a claim that point back ("It", "He", "the agency") (issue 15, 15u): with a
-- subject, the subject was named from them (the one earlier mention they stand for);
-- without, nothing before names it and the statement refers back to an earlier sentence.
ALTER TABLE claims ADD COLUMN refers_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE claims ADD COLUMN refers_end INTEGER NOT NULL DEFAULT -1;
