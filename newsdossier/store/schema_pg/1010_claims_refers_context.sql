-- The earlier sentence a claim's unresolved pointing words need (issue 15, 15bi): with
-- refers_start set and no subject, the nearest sentence before that holds a fitting
-- candidate (a person for "he"/"she": analyze/claims/pointed.py); -1 when none fits.
ALTER TABLE claims ADD COLUMN context_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE claims ADD COLUMN context_end INTEGER NOT NULL DEFAULT -1;
