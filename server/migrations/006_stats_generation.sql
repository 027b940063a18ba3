-- A counter of the changes to what the aggregate endpoints read, so that the server can keep their
-- answers in memory (server/http/answer-cache.ts) and know when one is out of date. It is bumped by
-- triggers, not by the code that writes: every write path (the seed, the import's command and upload,
-- a psql session) moves it. Once per transaction: the row remembers which transaction bumped it last.
-- BEFORE STATEMENT, so that a writing transaction locks this row before any row of the statistics
-- (two concurrent imports take the locks in the same order and cannot deadlock on them). The new value
-- becomes visible with the transaction's commit, together with the data: a reader that sees the old
-- value started before the change was committed.
CREATE TABLE stats_generation (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  n bigint NOT NULL,
  bumped_by xid8
);
INSERT INTO stats_generation (n) VALUES (1);

CREATE FUNCTION bump_stats_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE stats_generation SET n = n + 1, bumped_by = pg_current_xact_id()
   WHERE bumped_by IS DISTINCT FROM pg_current_xact_id();
  RETURN NULL;
END;
$$;

CREATE TRIGGER dataset_meta_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON dataset_meta FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER units_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER fields_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON fields FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER dossier_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON dossier_monthly FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER dossier_unit_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON dossier_unit_monthly FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER feedback_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON feedback_monthly FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER digital_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON digital_monthly FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER digital_procedures_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON digital_procedures FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER unit_rollup_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_rollup_monthly FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER stat_total_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON stat_total_monthly FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER unit_span_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_span FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
CREATE TRIGGER targets_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON targets FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
