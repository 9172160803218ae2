-- Outlets (issue 20): every stored outlet string mapped to its canonical outlet
-- (a name, its domain and its URL host are one outlet), recomputed after each
-- build by newsdossier.resolve.outlets; users' decisions kept apart.
CREATE TABLE outlet_variants (
    variant TEXT PRIMARY KEY,          -- documents.outlet as stored
    outlet TEXT NOT NULL,              -- the canonical outlet shown in views
    how TEXT NOT NULL                  -- canonical|name|domain|acronym|url-host|user
);
CREATE INDEX outlet_variants_outlet ON outlet_variants(outlet);
CREATE TABLE outlet_judgements (
    kind TEXT NOT NULL,                -- same | different
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
