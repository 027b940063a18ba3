-- The first schema of the reference server. Dates are `date`, instants `timestamptz`, months text
-- `YYYY-MM` (they sort and compare as text). Every count is a non-negative integer.

CREATE FUNCTION iso(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE DOMAIN month_text AS text CHECK (VALUE ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');

-- One row: which dataset this database holds, its coverage and its "today".
CREATE TABLE dataset_meta (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  dataset text NOT NULL CHECK (dataset IN ('thuong-tin', 'national')),
  name text NOT NULL,
  root_unit_id text NOT NULL,
  coverage_from month_text NOT NULL,
  coverage_to month_text NOT NULL,
  as_of date NOT NULL,
  default_from month_text NOT NULL,
  default_to month_text NOT NULL,
  CHECK (coverage_from <= coverage_to AND default_from <= default_to)
);

CREATE TABLE units (
  id text PRIMARY KEY,
  ord integer NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('district', 'town', 'commune')),
  level text NOT NULL CHECK (level IN ('district', 'commune')),
  population integer NOT NULL CHECK (population >= 0),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  successor_id text REFERENCES units (id) DEFERRABLE INITIALLY DEFERRED,
  predecessor_ids text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE fields (
  id text PRIMARY KEY,
  ord integer NOT NULL UNIQUE,
  name text NOT NULL,
  levels text[] NOT NULL CHECK (cardinality(levels) >= 1 AND levels <@ ARRAY['district', 'commune'])
);

-- The one-stop report per unit × field × month (channels are the three received columns). Every
-- month of a unit's life has a row for each field it handles, so a period's first and last month
-- are rows: carried_over at the first, pending_* at the last.
CREATE TABLE dossier_monthly (
  unit_id text NOT NULL REFERENCES units (id),
  field_id text NOT NULL REFERENCES fields (id),
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
  PRIMARY KEY (unit_id, field_id, month)
);
CREATE INDEX dossier_monthly_month ON dossier_monthly (month, unit_id);

CREATE TABLE feedback_monthly (
  unit_id text NOT NULL REFERENCES units (id),
  month month_text NOT NULL,
  received integer NOT NULL CHECK (received >= 0),
  due_in_period integer NOT NULL CHECK (due_in_period >= 0),
  handled_on_time integer NOT NULL CHECK (handled_on_time >= 0),
  handled_late integer NOT NULL CHECK (handled_late >= 0),
  pending integer NOT NULL CHECK (pending >= 0),
  rated integer NOT NULL CHECK (rated >= 0),
  satisfied integer NOT NULL CHECK (satisfied >= 0 AND satisfied <= rated),
  PRIMARY KEY (unit_id, month)
);

-- Decision 766 numerators and denominators that count dossiers, per unit × month; field_id '' is
-- all fields together (each month's numerator is rounded on its own, so a field's row is not a
-- share of the total). Progress and online dossiers come from dossier_monthly, feedback from
-- feedback_monthly.
CREATE TABLE digital_monthly (
  unit_id text NOT NULL REFERENCES units (id),
  field_id text NOT NULL,
  month month_text NOT NULL,
  dossiers_synced_num integer NOT NULL CHECK (dossiers_synced_num >= 0),
  dossiers_synced_den integer NOT NULL CHECK (dossiers_synced_den >= 0),
  dossiers_paid_online_num integer NOT NULL CHECK (dossiers_paid_online_num >= 0),
  dossiers_paid_online_den integer NOT NULL CHECK (dossiers_paid_online_den >= 0),
  electronic_results_num integer NOT NULL CHECK (electronic_results_num >= 0),
  electronic_results_den integer NOT NULL CHECK (electronic_results_den >= 0),
  digitised_dossiers_num integer NOT NULL CHECK (digitised_dossiers_num >= 0),
  digitised_dossiers_den integer NOT NULL CHECK (digitised_dossiers_den >= 0),
  electronic_copies_num integer NOT NULL CHECK (electronic_copies_num >= 0),
  electronic_copies_den integer NOT NULL CHECK (electronic_copies_den >= 0),
  reused_data_num integer NOT NULL CHECK (reused_data_num >= 0),
  reused_data_den integer NOT NULL CHECK (reused_data_den >= 0),
  personal_data_store_num integer NOT NULL CHECK (personal_data_store_num >= 0),
  personal_data_store_den integer NOT NULL CHECK (personal_data_store_den >= 0),
  population_db_dossiers_num integer NOT NULL CHECK (population_db_dossiers_num >= 0),
  population_db_dossiers_den integer NOT NULL CHECK (population_db_dossiers_den >= 0),
  fully_online_dossiers_num integer NOT NULL CHECK (fully_online_dossiers_num >= 0),
  fully_online_dossiers_den integer NOT NULL CHECK (fully_online_dossiers_den >= 0),
  complaint_dossiers_num integer NOT NULL CHECK (complaint_dossiers_num >= 0),
  complaint_dossiers_den integer NOT NULL CHECK (complaint_dossiers_den >= 0),
  PRIMARY KEY (unit_id, field_id, month)
);

-- The procedure counts of Decision 766: stocks, a period takes its last month.
CREATE TABLE digital_procedures (
  unit_id text NOT NULL REFERENCES units (id),
  month month_text NOT NULL,
  procedures_published_on_time_num integer NOT NULL CHECK (procedures_published_on_time_num >= 0),
  procedures_published_on_time_den integer NOT NULL CHECK (procedures_published_on_time_den >= 0),
  procedures_updated_on_time_num integer NOT NULL CHECK (procedures_updated_on_time_num >= 0),
  procedures_updated_on_time_den integer NOT NULL CHECK (procedures_updated_on_time_den >= 0),
  procedures_disclosed_complete_num integer NOT NULL CHECK (procedures_disclosed_complete_num >= 0),
  procedures_disclosed_complete_den integer NOT NULL CHECK (procedures_disclosed_complete_den >= 0),
  procedures_online_num integer NOT NULL CHECK (procedures_online_num >= 0),
  procedures_online_den integer NOT NULL CHECK (procedures_online_den >= 0),
  fee_procedures_payable_num integer NOT NULL CHECK (fee_procedures_payable_num >= 0),
  fee_procedures_payable_den integer NOT NULL CHECK (fee_procedures_payable_den >= 0),
  procedures_paid_online_num integer NOT NULL CHECK (procedures_paid_online_num >= 0),
  procedures_paid_online_den integer NOT NULL CHECK (procedures_paid_online_den >= 0),
  population_db_procedures_num integer NOT NULL CHECK (population_db_procedures_num >= 0),
  population_db_procedures_den integer NOT NULL CHECK (population_db_procedures_den >= 0),
  PRIMARY KEY (unit_id, month)
);

CREATE TABLE par_index (
  year integer PRIMARY KEY,
  score numeric(6, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
  rank integer NOT NULL CHECK (rank >= 1),
  out_of integer NOT NULL CHECK (out_of >= rank),
  components jsonb NOT NULL CHECK (jsonb_typeof(components) = 'array')
);

CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'inspector', 'secretariat')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username ON users (lower(username));

-- Only a hash of the token is kept: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE team_members (
  team_id text NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, user_id)
);

CREATE TABLE inspection_template (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version integer NOT NULL,
  areas jsonb NOT NULL CHECK (jsonb_typeof(areas) = 'array' AND jsonb_array_length(areas) = 7)
);

CREATE TABLE targets (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  version integer NOT NULL CHECK (version >= 1),
  "values" jsonb NOT NULL CHECK (jsonb_typeof("values") = 'object'),
  updated_at timestamptz,
  updated_by text
);

CREATE SEQUENCE record_seq;

-- The checklist, findings and good practices travel and change together with the inspection (one
-- version for all): JSONB arrays, shaped by the contract's schemas before they are written.
CREATE TABLE inspections (
  id text PRIMARY KEY,
  version integer NOT NULL CHECK (version >= 1),
  unit_id text NOT NULL REFERENCES units (id),
  title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
  team_id text NOT NULL REFERENCES teams (id),
  planned_date date NOT NULL,
  start_date date,
  end_date date CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
  status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'finalised', 'cancelled')),
  checklist jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(checklist) = 'array'),
  findings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(findings) = 'array'),
  good_practices jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(good_practices) = 'array'),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX inspections_unit ON inspections (unit_id);

CREATE TABLE actions (
  id text PRIMARY KEY,
  version integer NOT NULL CHECK (version >= 1),
  inspection_id text NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  finding_id text NOT NULL,
  unit_id text NOT NULL REFERENCES units (id),
  description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
  owner_unit_id text NOT NULL REFERENCES units (id),
  owner_name text NOT NULL CHECK (length(btrim(owner_name)) BETWEEN 1 AND 200),
  due_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'fixed', 'verified')),
  updated_at timestamptz NOT NULL
);
CREATE INDEX actions_inspection ON actions (inspection_id);

CREATE TABLE action_history (
  action_id text NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  at timestamptz NOT NULL,
  by_user text NOT NULL,
  from_status text CHECK (from_status IN ('not_started', 'in_progress', 'fixed', 'verified')),
  to_status text NOT NULL CHECK (to_status IN ('not_started', 'in_progress', 'fixed', 'verified')),
  note text NOT NULL,
  PRIMARY KEY (action_id, seq)
);

-- Evidence files: the bytes live in EVIDENCE_DIR under the sha256, the rest here.
CREATE TABLE evidence (
  id text PRIMARY KEY,
  inspection_id text NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by text NOT NULL REFERENCES users (id)
);
