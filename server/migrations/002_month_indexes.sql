-- Every aggregate reads a range of months across all units: an index that starts with the month lets
-- it read only those months (the primary keys start with the unit).
CREATE INDEX digital_monthly_month ON digital_monthly (month, field_id);
CREATE INDEX digital_procedures_month ON digital_procedures (month);
CREATE INDEX feedback_monthly_month ON feedback_monthly (month);
