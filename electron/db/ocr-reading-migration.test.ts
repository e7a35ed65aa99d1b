// Migration 0050 (the OCR reading of a document): a workspace made before it opens with its documents intact and
// marked as not read by OCR; a scan stored after it keeps its reading.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/types';
import { getDocumentRow, insertDocument, listDocumentRows } from './documents';
import { migrations } from './migrations';
import { openDatabase } from './sqlite';

describe('migration 0050: ocr reading', () => {
  it('upgrades a workspace from before it, keeping its documents, and stores a scan’s reading', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'luoshi-0050-')), 'w.sqlite');
    const raw = new Database(file);
    for (const m of migrations.filter((m) => m.version < 50)) m.up(raw);
    raw.pragma(`user_version = ${Math.max(...migrations.filter((m) => m.version < 50).map((m) => m.version))}`);
    raw
      .prepare(`INSERT INTO documents (role, file_name, path, format, size, hash, text, imported_at, import_date) VALUES ('submission', 'a.txt', '/a.txt', 'txt', 3, 'h1', 'abc', 't', '2024-01-01')`)
      .run();
    raw.close();

    const db = openDatabase(file);
    expect(listDocumentRows(db).map((r) => [r.fileName, r.ocr])).toEqual([['a.txt', null]]);
    const scan: ImportedDocument = {
      fileName: 'b.png', path: '/b.png', size: 9, hash: 'h2', format: 'image', pageCount: 1, text: '区财政局', paragraphs: [], warnings: [],
      ocr: { engine: 'PaddleOCR PP-OCRv4（中文）', pages: 1, uncertain: [{ start: 1, end: 2 }] },
    };
    const id = insertDocument(db, scan, 'submission', 't', '2024-01-02', []);
    expect(getDocumentRow(db, id)!.ocr).toEqual(scan.ocr);
    db.close();
  });
});
