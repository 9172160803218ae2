-- The same index as ../schema/0991_outlet_recent.sql (read its comments), with
-- PostgreSQL's insertion order (seq) as a key and the id in the index, so the 2,000
-- newest documents of an outlet are an index-only range.  Without it the planner read
-- every entry of documents_meta (50,000 at 50k documents), keeping the outlet's 4,170,
-- and sorted them: 63 ms of a 137 ms source page (EXPLAIN ANALYZE, load 8).
CREATE INDEX documents_outlet_recent ON documents(outlet, published DESC, seq) INCLUDE (id);
