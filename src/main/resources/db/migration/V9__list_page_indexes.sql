-- Lists come in pages (docs/api.md, "Long lists come in pages"): a counter's page of its people and
-- of a round's proposals is read in id order within the municipalities it serves. These indexes let
-- the database go straight to those rows in that order instead of reading the whole prefecture's
-- pool or round and sorting it for every page.
ALTER TABLE candidate ADD INDEX ix_candidate_area_page (prefecture_code, municipality_code, id);
ALTER TABLE proposal ADD INDEX ix_proposal_area_page (round_id, municipality_code, candidate_id);
