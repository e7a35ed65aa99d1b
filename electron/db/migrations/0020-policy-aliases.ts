import type { Db } from '../sqlite';

// The spellings a policy folds into each body, so that reports fold the same way after the workspace is reopened.
// NULL marks a policy stored before this column existed: the workspace reads it again on opening.
export function up(db: Db): void {
  db.exec('ALTER TABLE policy_meta ADD COLUMN aliases TEXT');
}
