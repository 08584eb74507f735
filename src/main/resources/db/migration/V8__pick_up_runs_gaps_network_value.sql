-- A slot's own pick-up runs (送迎便): from which municipality or named point, in how many minutes
-- one way. Written as `202029@松本駅=25;202037=40` (runs separated by `;`, each
-- `municipality code[@point]=minutes`); empty: the slot's pick-up, if any, takes the prefecture's
-- municipality-to-municipality minutes.
ALTER TABLE trial_slot ADD COLUMN pick_up_runs VARCHAR(2000) NOT NULL DEFAULT '';

-- The network's gap behind an unplaced person whom no change on their side would place: the kind
-- of slot missing near them (AREA, PICK_UP, SCHEDULE, ACCOMMODATION, ...) and its description.
ALTER TABLE unplaced_candidate ADD COLUMN gap_kind VARCHAR(20) NULL, ADD COLUMN gap_json VARCHAR(4000) NULL;

-- The network's value of a round: how many people its municipalities would place matching alone,
-- summed, and per municipality (JSON: people, placed prefecture-wide, placed alone).
ALTER TABLE matching_round ADD COLUMN placed_alone INT NULL, ADD COLUMN network_value_json TEXT NULL;
