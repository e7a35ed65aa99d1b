import type { Db } from '../sqlite';

// The heading between a section and the measures under it (（一）深化商事制度改革 over its 1. and 2.), as JSON
// {label, title}; 'null' where a measure sits under none. NULL marks a measure stored before this column existed: the
// workspace reads its policy again on opening.
export function up(db: Db): void {
  db.exec('ALTER TABLE measures ADD COLUMN middle_heading TEXT');
}
