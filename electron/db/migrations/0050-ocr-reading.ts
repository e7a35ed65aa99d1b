import type { Db } from '../sqlite';

// How a scanned document was read by OCR (engine, pages, the stretches read with low confidence), as JSON.
// NULL for every document whose text was not recognised from page images, including all stored before.
export function up(db: Db): void {
  db.exec('ALTER TABLE documents ADD COLUMN ocr TEXT');
}
