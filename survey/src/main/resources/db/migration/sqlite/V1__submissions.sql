-- Submissions of questionnaire versions, their answers and the admins who moderate them.
-- Times are epoch milliseconds (the same in SQLite and PostgreSQL).
CREATE TABLE submission (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  questionnaire_id VARCHAR(100) NOT NULL,
  questionnaire_version INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  slug VARCHAR(200),
  idempotency_key VARCHAR(200) NOT NULL UNIQUE,
  edit_token VARCHAR(100) UNIQUE,
  source VARCHAR(16) NOT NULL CHECK (source IN ('web', 'import')),
  source_ref VARCHAR(500),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  moderated_by VARCHAR(100),
  moderated_at BIGINT,
  reject_reason VARCHAR(2000),
  UNIQUE (questionnaire_id, slug)
);
CREATE INDEX submission_by_status ON submission (status, created_at);
CREATE INDEX submission_by_questionnaire ON submission (questionnaire_id, status);

-- One row per value; a question that was asked but left blank has one row with value NULL,
-- a question the version did not ask has no row.
CREATE TABLE answer (
  submission_id BIGINT NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
  question_code VARCHAR(100) NOT NULL,
  position INTEGER NOT NULL,
  value TEXT,
  upvotes INTEGER,
  downvotes INTEGER,
  PRIMARY KEY (submission_id, question_code, position)
);

CREATE TABLE admin_user (
  username VARCHAR(100) PRIMARY KEY,
  password_hash VARCHAR(300) NOT NULL,
  created_at BIGINT NOT NULL
);
