-- Roll-ups of the monthly statistics, so that an aggregate over the national dataset reads a few
-- thousand narrow rows instead of hundreds of thousands (see server/db/rollups.ts, which reads them).
-- Both are derived data, rebuilt from the base tables by the functions below: after the seed, and in
-- the import's transaction after it rewrites a month (so a re-import stays consistent).

-- Per unit × month from the unit's first month inside the coverage to the coverage's last (every such
-- month has a row, zeros where the base tables have none): the flows summed from the first month
-- through this month (cum_*), and this month's stocks. A period's flows are then cum(last month) −
-- cum(month before the first): three rows per unit whatever the length of the period. After a unit's
-- last month its rows keep what it ended with (the running sums stop growing; the procedure counts and
-- the feedback pending stay those of its last month, which is what a period that outlives it takes),
-- so every unit is read at the period's last month. All fields together (field '').
-- No foreign keys: derived data, rebuilt whole by the seed after it empties the base tables.
CREATE TABLE unit_rollup_monthly (
  unit_id text NOT NULL,
  month month_text NOT NULL,
  cum_received_online integer NOT NULL,
  cum_received_direct integer NOT NULL,
  cum_received_postal integer NOT NULL,
  cum_resolved_early integer NOT NULL,
  cum_resolved_on_time integer NOT NULL,
  cum_resolved_late integer NOT NULL,
  cum_returned integer NOT NULL,
  cum_apology_letters integer NOT NULL,
  cum_dossiers_synced_num integer NOT NULL,
  cum_dossiers_synced_den integer NOT NULL,
  cum_dossiers_paid_online_num integer NOT NULL,
  cum_dossiers_paid_online_den integer NOT NULL,
  cum_electronic_results_num integer NOT NULL,
  cum_electronic_results_den integer NOT NULL,
  cum_digitised_dossiers_num integer NOT NULL,
  cum_digitised_dossiers_den integer NOT NULL,
  cum_electronic_copies_num integer NOT NULL,
  cum_electronic_copies_den integer NOT NULL,
  cum_reused_data_num integer NOT NULL,
  cum_reused_data_den integer NOT NULL,
  cum_personal_data_store_num integer NOT NULL,
  cum_personal_data_store_den integer NOT NULL,
  cum_population_db_dossiers_num integer NOT NULL,
  cum_population_db_dossiers_den integer NOT NULL,
  cum_fully_online_dossiers_num integer NOT NULL,
  cum_fully_online_dossiers_den integer NOT NULL,
  cum_complaint_dossiers_num integer NOT NULL,
  cum_complaint_dossiers_den integer NOT NULL,
  cum_fb_received integer NOT NULL,
  cum_fb_due_in_period integer NOT NULL,
  cum_fb_handled_on_time integer NOT NULL,
  cum_fb_handled_late integer NOT NULL,
  cum_fb_rated integer NOT NULL,
  cum_fb_satisfied integer NOT NULL,
  carried_over integer NOT NULL,
  pending_on_time integer NOT NULL,
  pending_overdue integer NOT NULL,
  fb_pending integer NOT NULL,
  procedures_published_on_time_num integer NOT NULL,
  procedures_published_on_time_den integer NOT NULL,
  procedures_updated_on_time_num integer NOT NULL,
  procedures_updated_on_time_den integer NOT NULL,
  procedures_disclosed_complete_num integer NOT NULL,
  procedures_disclosed_complete_den integer NOT NULL,
  procedures_online_num integer NOT NULL,
  procedures_online_den integer NOT NULL,
  fee_procedures_payable_num integer NOT NULL,
  fee_procedures_payable_den integer NOT NULL,
  procedures_paid_online_num integer NOT NULL,
  procedures_paid_online_den integer NOT NULL,
  population_db_procedures_num integer NOT NULL,
  population_db_procedures_den integer NOT NULL,
  PRIMARY KEY (month, unit_id)
);

-- Per month × level × field (field '' = all fields): the sums over the units alive in that month,
-- for the aggregates over every unit (unit=all). The procedure counts (stocks) twice: over every
-- unit alive in the month, and (end_*) over the units whose last month it is, which a period that
-- outlives them takes at that month. Procedures and feedback do not depend on the field: only the
-- '' rows carry them (0 elsewhere).
CREATE TABLE stat_total_monthly (
  month month_text NOT NULL,
  level text NOT NULL CHECK (level IN ('district', 'commune')),
  field_id text NOT NULL,
  carried_over integer NOT NULL,
  received_online integer NOT NULL,
  received_direct integer NOT NULL,
  received_postal integer NOT NULL,
  resolved_early integer NOT NULL,
  resolved_on_time integer NOT NULL,
  resolved_late integer NOT NULL,
  pending_on_time integer NOT NULL,
  pending_overdue integer NOT NULL,
  returned integer NOT NULL,
  apology_letters integer NOT NULL,
  dossiers_synced_num integer NOT NULL,
  dossiers_synced_den integer NOT NULL,
  dossiers_paid_online_num integer NOT NULL,
  dossiers_paid_online_den integer NOT NULL,
  electronic_results_num integer NOT NULL,
  electronic_results_den integer NOT NULL,
  digitised_dossiers_num integer NOT NULL,
  digitised_dossiers_den integer NOT NULL,
  electronic_copies_num integer NOT NULL,
  electronic_copies_den integer NOT NULL,
  reused_data_num integer NOT NULL,
  reused_data_den integer NOT NULL,
  personal_data_store_num integer NOT NULL,
  personal_data_store_den integer NOT NULL,
  population_db_dossiers_num integer NOT NULL,
  population_db_dossiers_den integer NOT NULL,
  fully_online_dossiers_num integer NOT NULL,
  fully_online_dossiers_den integer NOT NULL,
  complaint_dossiers_num integer NOT NULL,
  complaint_dossiers_den integer NOT NULL,
  procedures_published_on_time_num integer NOT NULL,
  procedures_published_on_time_den integer NOT NULL,
  procedures_updated_on_time_num integer NOT NULL,
  procedures_updated_on_time_den integer NOT NULL,
  procedures_disclosed_complete_num integer NOT NULL,
  procedures_disclosed_complete_den integer NOT NULL,
  procedures_online_num integer NOT NULL,
  procedures_online_den integer NOT NULL,
  fee_procedures_payable_num integer NOT NULL,
  fee_procedures_payable_den integer NOT NULL,
  procedures_paid_online_num integer NOT NULL,
  procedures_paid_online_den integer NOT NULL,
  population_db_procedures_num integer NOT NULL,
  population_db_procedures_den integer NOT NULL,
  end_procedures_published_on_time_num integer NOT NULL,
  end_procedures_published_on_time_den integer NOT NULL,
  end_procedures_updated_on_time_num integer NOT NULL,
  end_procedures_updated_on_time_den integer NOT NULL,
  end_procedures_disclosed_complete_num integer NOT NULL,
  end_procedures_disclosed_complete_den integer NOT NULL,
  end_procedures_online_num integer NOT NULL,
  end_procedures_online_den integer NOT NULL,
  end_fee_procedures_payable_num integer NOT NULL,
  end_fee_procedures_payable_den integer NOT NULL,
  end_procedures_paid_online_num integer NOT NULL,
  end_procedures_paid_online_den integer NOT NULL,
  end_population_db_procedures_num integer NOT NULL,
  end_population_db_procedures_den integer NOT NULL,
  fb_due_in_period integer NOT NULL,
  fb_handled_on_time integer NOT NULL,
  fb_rated integer NOT NULL,
  fb_satisfied integer NOT NULL,
  PRIMARY KEY (month, level, field_id)
);

-- Each unit's first and last month (YYYY-MM; last NULL while it exists): what every aggregate
-- selects its units by, without a to_char per unit and request.
CREATE TABLE unit_span (
  id text PRIMARY KEY,
  ord integer NOT NULL,
  level text NOT NULL,
  first_month month_text NOT NULL,
  last_month month_text
);

-- Rewrites the unit roll-up rows of p_units (NULL: every unit) from month p_from on (NULL: all),
-- and unit_span. Rows go in month order: the rows of one month share pages, which is how the
-- aggregates read them.
CREATE FUNCTION refresh_unit_rollup(p_units text[], p_from text) RETURNS void LANGUAGE sql AS $$
DELETE FROM unit_span;
INSERT INTO unit_span (id, ord, level, first_month, last_month)
SELECT id, ord, level, to_char(valid_from, 'YYYY-MM'), to_char(valid_to, 'YYYY-MM') FROM units;
DELETE FROM unit_rollup_monthly WHERE (p_units IS NULL OR unit_id = ANY (p_units)) AND month >= coalesce(p_from, '');
INSERT INTO unit_rollup_monthly (unit_id, month, cum_received_online, cum_received_direct, cum_received_postal, cum_resolved_early, cum_resolved_on_time, cum_resolved_late, cum_returned, cum_apology_letters, cum_dossiers_synced_num, cum_dossiers_synced_den, cum_dossiers_paid_online_num, cum_dossiers_paid_online_den, cum_electronic_results_num, cum_electronic_results_den, cum_digitised_dossiers_num, cum_digitised_dossiers_den, cum_electronic_copies_num, cum_electronic_copies_den, cum_reused_data_num, cum_reused_data_den, cum_personal_data_store_num, cum_personal_data_store_den, cum_population_db_dossiers_num, cum_population_db_dossiers_den, cum_fully_online_dossiers_num, cum_fully_online_dossiers_den, cum_complaint_dossiers_num, cum_complaint_dossiers_den, cum_fb_received, cum_fb_due_in_period, cum_fb_handled_on_time, cum_fb_handled_late, cum_fb_rated, cum_fb_satisfied, carried_over, pending_on_time, pending_overdue, fb_pending, procedures_published_on_time_num, procedures_published_on_time_den, procedures_updated_on_time_num, procedures_updated_on_time_den, procedures_disclosed_complete_num, procedures_disclosed_complete_den, procedures_online_num, procedures_online_den, fee_procedures_payable_num, fee_procedures_payable_den, procedures_paid_online_num, procedures_paid_online_den, population_db_procedures_num, population_db_procedures_den)
SELECT unit_id, month, cum_received_online, cum_received_direct, cum_received_postal, cum_resolved_early, cum_resolved_on_time, cum_resolved_late, cum_returned, cum_apology_letters, cum_dossiers_synced_num, cum_dossiers_synced_den, cum_dossiers_paid_online_num, cum_dossiers_paid_online_den, cum_electronic_results_num, cum_electronic_results_den, cum_digitised_dossiers_num, cum_digitised_dossiers_den, cum_electronic_copies_num, cum_electronic_copies_den, cum_reused_data_num, cum_reused_data_den, cum_personal_data_store_num, cum_personal_data_store_den, cum_population_db_dossiers_num, cum_population_db_dossiers_den, cum_fully_online_dossiers_num, cum_fully_online_dossiers_den, cum_complaint_dossiers_num, cum_complaint_dossiers_den, cum_fb_received, cum_fb_due_in_period, cum_fb_handled_on_time, cum_fb_handled_late, cum_fb_rated, cum_fb_satisfied, carried_over, pending_on_time, pending_overdue, fb_pending, procedures_published_on_time_num, procedures_published_on_time_den, procedures_updated_on_time_num, procedures_updated_on_time_den, procedures_disclosed_complete_num, procedures_disclosed_complete_den, procedures_online_num, procedures_online_den, fee_procedures_payable_num, fee_procedures_payable_den, procedures_paid_online_num, procedures_paid_online_den, population_db_procedures_num, population_db_procedures_den
  FROM (
    SELECT g.unit_id, g.month,
           sum(coalesce(d.received_online, 0)) OVER w AS cum_received_online,
           sum(coalesce(d.received_direct, 0)) OVER w AS cum_received_direct,
           sum(coalesce(d.received_postal, 0)) OVER w AS cum_received_postal,
           sum(coalesce(d.resolved_early, 0)) OVER w AS cum_resolved_early,
           sum(coalesce(d.resolved_on_time, 0)) OVER w AS cum_resolved_on_time,
           sum(coalesce(d.resolved_late, 0)) OVER w AS cum_resolved_late,
           sum(coalesce(d.returned, 0)) OVER w AS cum_returned,
           sum(coalesce(d.apology_letters, 0)) OVER w AS cum_apology_letters,
           sum(coalesce(dg.dossiers_synced_num, 0)) OVER w AS cum_dossiers_synced_num,
           sum(coalesce(dg.dossiers_synced_den, 0)) OVER w AS cum_dossiers_synced_den,
           sum(coalesce(dg.dossiers_paid_online_num, 0)) OVER w AS cum_dossiers_paid_online_num,
           sum(coalesce(dg.dossiers_paid_online_den, 0)) OVER w AS cum_dossiers_paid_online_den,
           sum(coalesce(dg.electronic_results_num, 0)) OVER w AS cum_electronic_results_num,
           sum(coalesce(dg.electronic_results_den, 0)) OVER w AS cum_electronic_results_den,
           sum(coalesce(dg.digitised_dossiers_num, 0)) OVER w AS cum_digitised_dossiers_num,
           sum(coalesce(dg.digitised_dossiers_den, 0)) OVER w AS cum_digitised_dossiers_den,
           sum(coalesce(dg.electronic_copies_num, 0)) OVER w AS cum_electronic_copies_num,
           sum(coalesce(dg.electronic_copies_den, 0)) OVER w AS cum_electronic_copies_den,
           sum(coalesce(dg.reused_data_num, 0)) OVER w AS cum_reused_data_num,
           sum(coalesce(dg.reused_data_den, 0)) OVER w AS cum_reused_data_den,
           sum(coalesce(dg.personal_data_store_num, 0)) OVER w AS cum_personal_data_store_num,
           sum(coalesce(dg.personal_data_store_den, 0)) OVER w AS cum_personal_data_store_den,
           sum(coalesce(dg.population_db_dossiers_num, 0)) OVER w AS cum_population_db_dossiers_num,
           sum(coalesce(dg.population_db_dossiers_den, 0)) OVER w AS cum_population_db_dossiers_den,
           sum(coalesce(dg.fully_online_dossiers_num, 0)) OVER w AS cum_fully_online_dossiers_num,
           sum(coalesce(dg.fully_online_dossiers_den, 0)) OVER w AS cum_fully_online_dossiers_den,
           sum(coalesce(dg.complaint_dossiers_num, 0)) OVER w AS cum_complaint_dossiers_num,
           sum(coalesce(dg.complaint_dossiers_den, 0)) OVER w AS cum_complaint_dossiers_den,
           sum(coalesce(f.received, 0)) OVER w AS cum_fb_received,
           sum(coalesce(f.due_in_period, 0)) OVER w AS cum_fb_due_in_period,
           sum(coalesce(f.handled_on_time, 0)) OVER w AS cum_fb_handled_on_time,
           sum(coalesce(f.handled_late, 0)) OVER w AS cum_fb_handled_late,
           sum(coalesce(f.rated, 0)) OVER w AS cum_fb_rated,
           sum(coalesce(f.satisfied, 0)) OVER w AS cum_fb_satisfied,
           coalesce(d.carried_over, 0) AS carried_over,
           coalesce(d.pending_on_time, 0) AS pending_on_time,
           coalesce(d.pending_overdue, 0) AS pending_overdue,
           coalesce(fs.pending, 0) AS fb_pending,
           coalesce(p.procedures_published_on_time_num, 0) AS procedures_published_on_time_num,
           coalesce(p.procedures_published_on_time_den, 0) AS procedures_published_on_time_den,
           coalesce(p.procedures_updated_on_time_num, 0) AS procedures_updated_on_time_num,
           coalesce(p.procedures_updated_on_time_den, 0) AS procedures_updated_on_time_den,
           coalesce(p.procedures_disclosed_complete_num, 0) AS procedures_disclosed_complete_num,
           coalesce(p.procedures_disclosed_complete_den, 0) AS procedures_disclosed_complete_den,
           coalesce(p.procedures_online_num, 0) AS procedures_online_num,
           coalesce(p.procedures_online_den, 0) AS procedures_online_den,
           coalesce(p.fee_procedures_payable_num, 0) AS fee_procedures_payable_num,
           coalesce(p.fee_procedures_payable_den, 0) AS fee_procedures_payable_den,
           coalesce(p.procedures_paid_online_num, 0) AS procedures_paid_online_num,
           coalesce(p.procedures_paid_online_den, 0) AS procedures_paid_online_den,
           coalesce(p.population_db_procedures_num, 0) AS population_db_procedures_num,
           coalesce(p.population_db_procedures_den, 0) AS population_db_procedures_den
      FROM (SELECT u.id AS unit_id, to_char(m, 'YYYY-MM') AS month,
                   -- The month its stocks come from: its last one, once it has ended.
                   least(to_char(m, 'YYYY-MM'), coalesce(u.last_month, dm.coverage_to)) AS stock_month
              FROM unit_span u CROSS JOIN dataset_meta dm
             CROSS JOIN generate_series(
                     to_date(greatest(dm.coverage_from, u.first_month), 'YYYY-MM'),
                     to_date(dm.coverage_to, 'YYYY-MM'),
                     interval '1 month') AS m
             WHERE p_units IS NULL OR u.id = ANY (p_units)) g
      LEFT JOIN dossier_unit_monthly d ON d.unit_id = g.unit_id AND d.month = g.month
      LEFT JOIN digital_monthly dg ON dg.unit_id = g.unit_id AND dg.field_id = '' AND dg.month = g.month
      LEFT JOIN digital_procedures p ON p.unit_id = g.unit_id AND p.month = g.stock_month
      LEFT JOIN feedback_monthly f ON f.unit_id = g.unit_id AND f.month = g.month
      LEFT JOIN feedback_monthly fs ON fs.unit_id = g.unit_id AND fs.month = g.stock_month
    WINDOW w AS (PARTITION BY g.unit_id ORDER BY g.month)
  ) x
 WHERE month >= coalesce(p_from, '')
 ORDER BY month, unit_id;
$$;

-- Rewrites the totals of month p_month (NULL: every month). Only rows inside a unit's life count,
-- as in the aggregates over the base tables.
CREATE FUNCTION refresh_total_rollup(p_month text) RETURNS void LANGUAGE sql AS $$
DELETE FROM stat_total_monthly WHERE p_month IS NULL OR month = p_month;
INSERT INTO stat_total_monthly (month, level, field_id, carried_over, received_online, received_direct, received_postal, resolved_early, resolved_on_time, resolved_late, pending_on_time, pending_overdue, returned, apology_letters, dossiers_synced_num, dossiers_synced_den, dossiers_paid_online_num, dossiers_paid_online_den, electronic_results_num, electronic_results_den, digitised_dossiers_num, digitised_dossiers_den, electronic_copies_num, electronic_copies_den, reused_data_num, reused_data_den, personal_data_store_num, personal_data_store_den, population_db_dossiers_num, population_db_dossiers_den, fully_online_dossiers_num, fully_online_dossiers_den, complaint_dossiers_num, complaint_dossiers_den, procedures_published_on_time_num, procedures_published_on_time_den, procedures_updated_on_time_num, procedures_updated_on_time_den, procedures_disclosed_complete_num, procedures_disclosed_complete_den, procedures_online_num, procedures_online_den, fee_procedures_payable_num, fee_procedures_payable_den, procedures_paid_online_num, procedures_paid_online_den, population_db_procedures_num, population_db_procedures_den, end_procedures_published_on_time_num, end_procedures_published_on_time_den, end_procedures_updated_on_time_num, end_procedures_updated_on_time_den, end_procedures_disclosed_complete_num, end_procedures_disclosed_complete_den, end_procedures_online_num, end_procedures_online_den, end_fee_procedures_payable_num, end_fee_procedures_payable_den, end_procedures_paid_online_num, end_procedures_paid_online_den, end_population_db_procedures_num, end_population_db_procedures_den, fb_due_in_period, fb_handled_on_time, fb_rated, fb_satisfied)
WITH u AS (
  SELECT id, level, to_char(valid_from, 'YYYY-MM') AS fm, coalesce(to_char(valid_to, 'YYYY-MM'), '9999-12') AS lm FROM units
),
dos AS (
  SELECT d.month, u.level, CASE WHEN grouping(d.field_id) = 1 THEN '' ELSE d.field_id END AS field_id,
         sum(d.carried_over)::int AS carried_over,
         sum(d.received_online)::int AS received_online,
         sum(d.received_direct)::int AS received_direct,
         sum(d.received_postal)::int AS received_postal,
         sum(d.resolved_early)::int AS resolved_early,
         sum(d.resolved_on_time)::int AS resolved_on_time,
         sum(d.resolved_late)::int AS resolved_late,
         sum(d.pending_on_time)::int AS pending_on_time,
         sum(d.pending_overdue)::int AS pending_overdue,
         sum(d.returned)::int AS returned,
         sum(d.apology_letters)::int AS apology_letters
    FROM dossier_monthly d JOIN u ON u.id = d.unit_id AND d.month BETWEEN u.fm AND u.lm
   WHERE p_month IS NULL OR d.month = p_month
   GROUP BY GROUPING SETS ((d.month, u.level, d.field_id), (d.month, u.level))
),
dig AS (
  SELECT g.month, u.level, g.field_id,
         sum(g.dossiers_synced_num)::int AS dossiers_synced_num,
         sum(g.dossiers_synced_den)::int AS dossiers_synced_den,
         sum(g.dossiers_paid_online_num)::int AS dossiers_paid_online_num,
         sum(g.dossiers_paid_online_den)::int AS dossiers_paid_online_den,
         sum(g.electronic_results_num)::int AS electronic_results_num,
         sum(g.electronic_results_den)::int AS electronic_results_den,
         sum(g.digitised_dossiers_num)::int AS digitised_dossiers_num,
         sum(g.digitised_dossiers_den)::int AS digitised_dossiers_den,
         sum(g.electronic_copies_num)::int AS electronic_copies_num,
         sum(g.electronic_copies_den)::int AS electronic_copies_den,
         sum(g.reused_data_num)::int AS reused_data_num,
         sum(g.reused_data_den)::int AS reused_data_den,
         sum(g.personal_data_store_num)::int AS personal_data_store_num,
         sum(g.personal_data_store_den)::int AS personal_data_store_den,
         sum(g.population_db_dossiers_num)::int AS population_db_dossiers_num,
         sum(g.population_db_dossiers_den)::int AS population_db_dossiers_den,
         sum(g.fully_online_dossiers_num)::int AS fully_online_dossiers_num,
         sum(g.fully_online_dossiers_den)::int AS fully_online_dossiers_den,
         sum(g.complaint_dossiers_num)::int AS complaint_dossiers_num,
         sum(g.complaint_dossiers_den)::int AS complaint_dossiers_den
    FROM digital_monthly g JOIN u ON u.id = g.unit_id AND g.month BETWEEN u.fm AND u.lm
   WHERE p_month IS NULL OR g.month = p_month
   GROUP BY g.month, u.level, g.field_id
),
proc AS (
  SELECT p.month, u.level,
         sum(p.procedures_published_on_time_num)::int AS procedures_published_on_time_num,
         sum(p.procedures_published_on_time_den)::int AS procedures_published_on_time_den,
         sum(p.procedures_updated_on_time_num)::int AS procedures_updated_on_time_num,
         sum(p.procedures_updated_on_time_den)::int AS procedures_updated_on_time_den,
         sum(p.procedures_disclosed_complete_num)::int AS procedures_disclosed_complete_num,
         sum(p.procedures_disclosed_complete_den)::int AS procedures_disclosed_complete_den,
         sum(p.procedures_online_num)::int AS procedures_online_num,
         sum(p.procedures_online_den)::int AS procedures_online_den,
         sum(p.fee_procedures_payable_num)::int AS fee_procedures_payable_num,
         sum(p.fee_procedures_payable_den)::int AS fee_procedures_payable_den,
         sum(p.procedures_paid_online_num)::int AS procedures_paid_online_num,
         sum(p.procedures_paid_online_den)::int AS procedures_paid_online_den,
         sum(p.population_db_procedures_num)::int AS population_db_procedures_num,
         sum(p.population_db_procedures_den)::int AS population_db_procedures_den,
         coalesce(sum(p.procedures_published_on_time_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_published_on_time_num,
         coalesce(sum(p.procedures_published_on_time_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_published_on_time_den,
         coalesce(sum(p.procedures_updated_on_time_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_updated_on_time_num,
         coalesce(sum(p.procedures_updated_on_time_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_updated_on_time_den,
         coalesce(sum(p.procedures_disclosed_complete_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_disclosed_complete_num,
         coalesce(sum(p.procedures_disclosed_complete_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_disclosed_complete_den,
         coalesce(sum(p.procedures_online_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_online_num,
         coalesce(sum(p.procedures_online_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_online_den,
         coalesce(sum(p.fee_procedures_payable_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_fee_procedures_payable_num,
         coalesce(sum(p.fee_procedures_payable_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_fee_procedures_payable_den,
         coalesce(sum(p.procedures_paid_online_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_paid_online_num,
         coalesce(sum(p.procedures_paid_online_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_procedures_paid_online_den,
         coalesce(sum(p.population_db_procedures_num) FILTER (WHERE p.month = u.lm), 0)::int AS end_population_db_procedures_num,
         coalesce(sum(p.population_db_procedures_den) FILTER (WHERE p.month = u.lm), 0)::int AS end_population_db_procedures_den
    FROM digital_procedures p JOIN u ON u.id = p.unit_id AND p.month BETWEEN u.fm AND u.lm
   WHERE p_month IS NULL OR p.month = p_month
   GROUP BY p.month, u.level
),
fb AS (
  SELECT f.month, u.level,
         sum(f.due_in_period)::int AS fb_due_in_period,
         sum(f.handled_on_time)::int AS fb_handled_on_time,
         sum(f.rated)::int AS fb_rated,
         sum(f.satisfied)::int AS fb_satisfied
    FROM feedback_monthly f JOIN u ON u.id = f.unit_id AND f.month BETWEEN u.fm AND u.lm
   WHERE p_month IS NULL OR f.month = p_month
   GROUP BY f.month, u.level
),
k AS (
  SELECT month, level, field_id FROM dos UNION SELECT month, level, field_id FROM dig
  UNION SELECT month, level, '' FROM proc UNION SELECT month, level, '' FROM fb
)
SELECT k.month, k.level, k.field_id,
       coalesce(dos.carried_over, 0),
       coalesce(dos.received_online, 0),
       coalesce(dos.received_direct, 0),
       coalesce(dos.received_postal, 0),
       coalesce(dos.resolved_early, 0),
       coalesce(dos.resolved_on_time, 0),
       coalesce(dos.resolved_late, 0),
       coalesce(dos.pending_on_time, 0),
       coalesce(dos.pending_overdue, 0),
       coalesce(dos.returned, 0),
       coalesce(dos.apology_letters, 0),
       coalesce(dig.dossiers_synced_num, 0),
       coalesce(dig.dossiers_synced_den, 0),
       coalesce(dig.dossiers_paid_online_num, 0),
       coalesce(dig.dossiers_paid_online_den, 0),
       coalesce(dig.electronic_results_num, 0),
       coalesce(dig.electronic_results_den, 0),
       coalesce(dig.digitised_dossiers_num, 0),
       coalesce(dig.digitised_dossiers_den, 0),
       coalesce(dig.electronic_copies_num, 0),
       coalesce(dig.electronic_copies_den, 0),
       coalesce(dig.reused_data_num, 0),
       coalesce(dig.reused_data_den, 0),
       coalesce(dig.personal_data_store_num, 0),
       coalesce(dig.personal_data_store_den, 0),
       coalesce(dig.population_db_dossiers_num, 0),
       coalesce(dig.population_db_dossiers_den, 0),
       coalesce(dig.fully_online_dossiers_num, 0),
       coalesce(dig.fully_online_dossiers_den, 0),
       coalesce(dig.complaint_dossiers_num, 0),
       coalesce(dig.complaint_dossiers_den, 0),
       coalesce(proc.procedures_published_on_time_num, 0),
       coalesce(proc.procedures_published_on_time_den, 0),
       coalesce(proc.procedures_updated_on_time_num, 0),
       coalesce(proc.procedures_updated_on_time_den, 0),
       coalesce(proc.procedures_disclosed_complete_num, 0),
       coalesce(proc.procedures_disclosed_complete_den, 0),
       coalesce(proc.procedures_online_num, 0),
       coalesce(proc.procedures_online_den, 0),
       coalesce(proc.fee_procedures_payable_num, 0),
       coalesce(proc.fee_procedures_payable_den, 0),
       coalesce(proc.procedures_paid_online_num, 0),
       coalesce(proc.procedures_paid_online_den, 0),
       coalesce(proc.population_db_procedures_num, 0),
       coalesce(proc.population_db_procedures_den, 0),
       coalesce(proc.end_procedures_published_on_time_num, 0),
       coalesce(proc.end_procedures_published_on_time_den, 0),
       coalesce(proc.end_procedures_updated_on_time_num, 0),
       coalesce(proc.end_procedures_updated_on_time_den, 0),
       coalesce(proc.end_procedures_disclosed_complete_num, 0),
       coalesce(proc.end_procedures_disclosed_complete_den, 0),
       coalesce(proc.end_procedures_online_num, 0),
       coalesce(proc.end_procedures_online_den, 0),
       coalesce(proc.end_fee_procedures_payable_num, 0),
       coalesce(proc.end_fee_procedures_payable_den, 0),
       coalesce(proc.end_procedures_paid_online_num, 0),
       coalesce(proc.end_procedures_paid_online_den, 0),
       coalesce(proc.end_population_db_procedures_num, 0),
       coalesce(proc.end_population_db_procedures_den, 0),
       coalesce(fb.fb_due_in_period, 0),
       coalesce(fb.fb_handled_on_time, 0),
       coalesce(fb.fb_rated, 0),
       coalesce(fb.fb_satisfied, 0)
  FROM k
  LEFT JOIN dos ON dos.month = k.month AND dos.level = k.level AND dos.field_id = k.field_id
  LEFT JOIN dig ON dig.month = k.month AND dig.level = k.level AND dig.field_id = k.field_id
  LEFT JOIN proc ON proc.month = k.month AND proc.level = k.level AND k.field_id = ''
  LEFT JOIN fb ON fb.month = k.month AND fb.level = k.level AND k.field_id = ''
 ORDER BY k.month, k.level, k.field_id;
$$;

-- A database seeded before this migration: fill them now.
SELECT refresh_unit_rollup(NULL, NULL);
SELECT refresh_total_rollup(NULL);
ANALYZE unit_span;
ANALYZE unit_rollup_monthly;
ANALYZE stat_total_monthly;
