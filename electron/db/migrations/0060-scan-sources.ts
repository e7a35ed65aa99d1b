import type { Db } from '../sqlite';

// The bytes of a scanned document (read by OCR), kept in the workspace: the page image beside the recognised text
// must still show after the file was moved or, in browser mode, after its upload was removed.
export function up(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS scan_sources (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
  )`);
}
