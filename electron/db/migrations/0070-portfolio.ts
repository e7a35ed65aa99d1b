import type { Db } from '../sqlite';

// A workspace holds any number of policies. Everything the office did on a policy names it: corrections to its
// ledger, its metadata, decisions, the reporting deadline, the measures a notice chased and the links made by
// hand. A report is read against each policy it answers (report_readings). A workspace written with one policy
// gives all of these to that policy; one with none keeps them under policy 0, for the next policy to take up.
// A policy's number and title outlive the policy (policy_history), so a corrected version imported after the
// old one was removed takes up what the office did on it.
export function up(db: Db): void {
  const row = db.prepare('SELECT document_id AS id FROM policy_meta ORDER BY document_id LIMIT 1').get() as { id: number } | undefined;
  const policy = row?.id ?? 0;
  db.exec(`
    CREATE TABLE policy_history (
      policy_id INTEGER PRIMARY KEY,
      doc_number TEXT,
      title TEXT NOT NULL
    );
    INSERT INTO policy_history (policy_id, doc_number, title) SELECT document_id, doc_number, title FROM policy_meta;

    CREATE TABLE report_readings (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      policy_id INTEGER NOT NULL,
      -- how the report was placed on the policy: doc-number, title, content, only-policy, office
      basis TEXT NOT NULL,
      evidence TEXT NOT NULL DEFAULT '',
      analysis TEXT NOT NULL,
      PRIMARY KEY (document_id, policy_id)
    );
    CREATE INDEX report_readings_policy ON report_readings(policy_id);

    CREATE TABLE measure_corrections_by_policy (
      policy_id INTEGER NOT NULL,
      number INTEGER NOT NULL,
      read_title TEXT,
      patch TEXT NOT NULL,
      PRIMARY KEY (policy_id, number)
    );
    INSERT INTO measure_corrections_by_policy (policy_id, number, read_title, patch) SELECT ${policy}, number, read_title, patch FROM measure_corrections;
    DROP TABLE measure_corrections;
    ALTER TABLE measure_corrections_by_policy RENAME TO measure_corrections;

    UPDATE policy_corrections SET key = 'meta:${policy}' WHERE key = 'meta';
    UPDATE settings SET key = 'report-deadline:${policy}' WHERE key = 'report-deadline';

    ALTER TABLE decisions ADD COLUMN policy_id INTEGER NOT NULL DEFAULT 0;
    UPDATE decisions SET policy_id = ${policy};
    DROP INDEX decisions_obligation;
    CREATE INDEX decisions_obligation ON decisions(policy_id, measure, department);

    CREATE TABLE notice_items_by_policy (
      notice_id INTEGER NOT NULL REFERENCES notices_sent(id) ON DELETE CASCADE,
      policy_id INTEGER NOT NULL,
      measure INTEGER NOT NULL,
      status TEXT NOT NULL,
      due TEXT NOT NULL,
      PRIMARY KEY (notice_id, policy_id, measure)
    );
    INSERT INTO notice_items_by_policy (notice_id, policy_id, measure, status, due) SELECT notice_id, ${policy}, measure, status, due FROM notice_items;
    DROP TABLE notice_items;
    ALTER TABLE notice_items_by_policy RENAME TO notice_items;

    -- entries written before the portfolio name no policy: they were all about the one policy there was
    ALTER TABLE journal ADD COLUMN policy INTEGER;
  `);
  // Reports already read against the one policy answer it.
  if (policy) {
    db.prepare(
      `INSERT INTO report_readings (document_id, policy_id, basis, evidence, analysis)
       SELECT id, ?, 'only-policy', '', analysis FROM documents WHERE role = 'submission' AND analysis IS NOT NULL`,
    ).run(policy);
  }
  // Links made by hand belong to the policy whose measures they name.
  const fixes = db.prepare('SELECT hash, patch FROM report_corrections').all() as { hash: string; patch: string }[];
  const put = db.prepare('UPDATE report_corrections SET patch = ? WHERE hash = ?');
  for (const f of fixes) {
    const { links, unlinks, ...facts } = JSON.parse(f.patch) as Record<string, unknown>;
    if (links === undefined && unlinks === undefined) continue;
    const byPolicy = { [String(policy)]: { ...(links !== undefined ? { links } : {}), ...(unlinks !== undefined ? { unlinks } : {}) } };
    put.run(JSON.stringify({ ...facts, byPolicy }), f.hash);
  }
}
