-- A slot's own pick-up runs (送迎便): from which municipality or named point, in how many minutes
-- one way. Written as `202029@松本駅=25;202037=40` (runs separated by `;`, each
-- `municipality code[@point]=minutes`); empty: the slot's pick-up, if any, takes the prefecture's
-- municipality-to-municipality minutes.
ALTER TABLE trial_slot ADD COLUMN pick_up_runs VARCHAR(2000) NOT NULL DEFAULT '';
