-- A page is read in two steps (docs/api.md, "Long lists come in pages"): its ids from an index alone,
-- in the list's order, then its rows by id. The coordinator's pages of people are in id order within
-- the prefecture; a round's proposals in person order, filtered by state. With these indexes the
-- first step reads only index entries, however far into the list the page is, for the coordinator
-- and for a counter (the municipality is in the index too).
ALTER TABLE candidate ADD INDEX ix_candidate_prefecture_page (prefecture_code, id);
ALTER TABLE proposal ADD INDEX ix_proposal_round_page (round_id, candidate_id, state, municipality_code);
-- The index above begins with the same columns, so this one only cost writes.
ALTER TABLE proposal DROP INDEX ix_proposal_round_candidate;
