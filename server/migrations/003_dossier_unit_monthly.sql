-- The monthly statistics added up over the fields, per unit × month: what every aggregate without a
-- field filter reads (about a sixth of the rows of dossier_monthly). Kept in step by the seed and the
-- import, in the transaction that writes dossier_monthly.
CREATE TABLE dossier_unit_monthly (
  unit_id text NOT NULL REFERENCES units (id),
  month month_text NOT NULL,
  carried_over integer NOT NULL CHECK (carried_over >= 0),
  received_online integer NOT NULL CHECK (received_online >= 0),
  received_direct integer NOT NULL CHECK (received_direct >= 0),
  received_postal integer NOT NULL CHECK (received_postal >= 0),
  resolved_early integer NOT NULL CHECK (resolved_early >= 0),
  resolved_on_time integer NOT NULL CHECK (resolved_on_time >= 0),
  resolved_late integer NOT NULL CHECK (resolved_late >= 0),
  pending_on_time integer NOT NULL CHECK (pending_on_time >= 0),
  pending_overdue integer NOT NULL CHECK (pending_overdue >= 0),
  returned integer NOT NULL CHECK (returned >= 0),
  apology_letters integer NOT NULL CHECK (apology_letters >= 0),
  PRIMARY KEY (month, unit_id)
);

INSERT INTO dossier_unit_monthly
SELECT unit_id, month, sum(carried_over), sum(received_online), sum(received_direct), sum(received_postal),
       sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(pending_on_time), sum(pending_overdue),
       sum(returned), sum(apology_letters)
  FROM dossier_monthly GROUP BY unit_id, month;
