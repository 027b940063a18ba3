-- Evidence files stand on their own (POST /evidence): a criterion names them by id in its `evidence` list, so a
-- file no longer needs an inspection to be uploaded; rows from before keep theirs. A photo may carry the thumbnail
-- the client made for it, stored as an evidence row of its own.
ALTER TABLE evidence ALTER COLUMN inspection_id DROP NOT NULL;
ALTER TABLE evidence ADD COLUMN thumbnail_id text REFERENCES evidence (id) ON DELETE SET NULL;
