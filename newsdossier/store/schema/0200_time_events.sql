-- Time and events (issue 4): normalised time expressions, per-sentence event
-- mentions with their arguments, and events merged across documents.
-- Offsets are 0-based, end-exclusive indices into documents.text.
CREATE TABLE time_expressions (
    id TEXT PRIMARY KEY,               -- hash(document_id, analyzer, start, end, "TIME")
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,                -- as written: == documents.text[start:end]
    value TEXT,                        -- YYYY | YYYY-MM | YYYY-MM-DD | YYYY-Www; NULL = unresolved
    end_value TEXT,                    -- last value of a range
    precision TEXT NOT NULL,           -- day|week|month|season|year|decade|century|range|unknown
    kind TEXT NOT NULL,                -- absolute | relative | duration
    mod TEXT,                          -- early|mid|late|start|end|approx|text|<season>
    duration TEXT,                     -- ISO 8601 duration for durations ("P6Y")
    anchored INTEGER NOT NULL,         -- 1: computed from the document's publication date
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL
);
CREATE INDEX time_expressions_document ON time_expressions(document_id, start);
CREATE TABLE event_mentions (
    id TEXT PRIMARY KEY,               -- hash(document_id, analyzer, trigger span, type[, time])
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,            -- evidence span: the sentence
    "end" INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    type TEXT NOT NULL,                -- see newsdossier/data/time/events.yml
    time_id TEXT,                      -- time_expressions.id that dates it, or NULL
    date_value TEXT, date_end TEXT, date_precision TEXT, date_text TEXT,
    summary TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL,
    event_id TEXT                      -- set by the events resolver; NULL until merged
);
CREATE INDEX event_mentions_document ON event_mentions(document_id, start);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_unmerged ON event_mentions(type) WHERE event_id IS NULL;
CREATE TABLE event_arguments (
    event_mention_id TEXT NOT NULL REFERENCES event_mentions(id),
    role TEXT NOT NULL,                -- participant | place
    mention_id TEXT NOT NULL,          -- mentions.id (its entity_id comes from the resolver)
    PRIMARY KEY (event_mention_id, role, mention_id)
) WITHOUT ROWID;
CREATE INDEX event_arguments_mention ON event_arguments(mention_id);
CREATE TABLE events (
    id TEXT PRIMARY KEY,               -- hash of the first event mention merged into it
    type TEXT NOT NULL,
    date_value TEXT,                   -- the most precise reading agreed by most documents
    date_end TEXT,
    date_precision TEXT NOT NULL,
    date_text TEXT,
    year INTEGER,                      -- blocking key part; NULL when undated
    summary TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    document_count INTEGER NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0,  -- 1: documents give incompatible dates
    resolver TEXT NOT NULL
);
CREATE INDEX events_date ON events(date_value);
-- Blocking keys of merged events: "type|year" and, for once-only events
-- (founding, birth, death, ...), "type|entity:<id>" so that differing dates meet.
CREATE TABLE event_keys (
    key TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id),
    PRIMARY KEY (key, event_id)
) WITHOUT ROWID;
