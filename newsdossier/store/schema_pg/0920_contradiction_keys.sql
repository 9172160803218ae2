-- What the contradiction resolver last paired, per (subject entity, attribute) (issue 18):
-- the subject's type and the ids of the claims paired (the first 300 in the key's order,
-- space-separated).  A pass that finds them unchanged pairs only the key's new claims,
-- against these and each other, instead of re-reading and re-pairing the whole key:
-- the same rows, at a cost that no longer grows with the key (resolve/contradictions.py).
CREATE TABLE contradiction_keys (
    subject TEXT NOT NULL,
    attribute TEXT NOT NULL,
    subject_type TEXT,
    members TEXT NOT NULL,
    PRIMARY KEY (subject, attribute)
);

-- Claims whose subject mention had no entity when the resolver read them: re-read by id
-- on every pass until they have one.  Before, the watermark stayed behind the first such
-- claim, so a mention never linked (a name nested in a longer one) made every later pass
-- re-read every later claim and re-pair its keys (4 such claims in 4,000 generated
-- documents: the watermark stopped at claim 8,553 of 14,766).
CREATE TABLE contradiction_waiting (
    claim_id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL
);

-- A document's denials are replaced by the claims they start from: an index, not a scan of
-- every contradiction for each document (replace_denials was 8.5 of 13.4 s of the
-- resolver at 3,000-4,000 stored documents).
CREATE INDEX contradictions_claim_a ON contradictions(claim_a);
