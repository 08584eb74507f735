-- Where a round's last solve spent its time (GET /rounds/{id} "timings"): kept with the round so
-- that every instance, and the same one after a restart, reads the same figures.
ALTER TABLE matching_round ADD COLUMN timings_json VARCHAR(500) NULL;
