-- PAKN split by topic, per unit × month × topic. The topic ids are those of feedbackTopics in
-- src/api/feedback.ts (the API answers them by that list). The topics partition feedback_monthly:
-- every column summed over a unit-month's topics is that unit-month's own, pending included (each
-- topic keeps its own stock: pending = what it carried in + received − handled on time − late).
-- The seed writes both tables from the same generator (test/unit/data-feedback-topics.test.ts checks
-- the partition, test/server/feedback-topics.test.ts that the database keeps it).
CREATE TABLE feedback_topic_monthly (
  unit_id text NOT NULL REFERENCES units (id),
  month month_text NOT NULL,
  topic_id text NOT NULL CHECK (topic_id IN ('land', 'environment', 'construction', 'civil-status', 'social-policy', 'other')),
  received integer NOT NULL CHECK (received >= 0),
  due_in_period integer NOT NULL CHECK (due_in_period >= 0),
  handled_on_time integer NOT NULL CHECK (handled_on_time >= 0),
  handled_late integer NOT NULL CHECK (handled_late >= 0),
  pending integer NOT NULL CHECK (pending >= 0),
  rated integer NOT NULL CHECK (rated >= 0),
  satisfied integer NOT NULL CHECK (satisfied >= 0 AND satisfied <= rated),
  PRIMARY KEY (unit_id, month, topic_id)
);
CREATE INDEX feedback_topic_monthly_month ON feedback_topic_monthly (month, unit_id);

-- A database seeded before this migration has no topics: its feedback goes under 'other' (Khác), so
-- that the topics still add up to the totals; a new seed gives the real split.
INSERT INTO feedback_topic_monthly
SELECT unit_id, month, 'other', received, due_in_period, handled_on_time, handled_late, pending, rated, satisfied
  FROM feedback_monthly;

CREATE TRIGGER feedback_topic_monthly_generation BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON feedback_topic_monthly
  FOR EACH STATEMENT EXECUTE FUNCTION bump_stats_generation();
