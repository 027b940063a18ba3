-- An inspection's scope and the story of its status.
-- area_ids: the areas 1–7 of the checklist template the visit covers (completeness and scores count only these);
-- an inspection recorded before there was a scope covered the whole template. The contract's schema shapes it
-- (unique, ascending) before it is written; the check keeps a hand-written row within bounds.
ALTER TABLE inspections ADD COLUMN area_ids jsonb NOT NULL DEFAULT '[1, 2, 3, 4, 5, 6, 7]'
  CHECK (jsonb_typeof(area_ids) = 'array' AND jsonb_array_length(area_ids) BETWEEN 1 AND 7
         AND area_ids <@ '[1, 2, 3, 4, 5, 6, 7]'::jsonb);

-- history: every status move, `[{ at, by, from, to, note }]` oldest first, appended in the same UPDATE as the move
-- (one version for the record and its story). Rows from before have none.
ALTER TABLE inspections ADD COLUMN history jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(history) = 'array');
