// Repository: documents and their paragraphs (with the jieba terms that feed full-text search).
import type { DocumentFormat, ImportedDocument, OcrReading, Paragraph, SubmissionAnalysis } from '../../shared/types';
import type { DocumentRole, OriginalKind } from '../../shared/views';
import type { Db } from './sqlite';
import { stmt } from './statements';

export interface DocumentRow {
  id: number;
  role: DocumentRole;
  fileName: string;
  path: string;
  format: DocumentFormat;
  size: number;
  hash: string;
  pageCount: number | null;
  encoding: string | null;
  warnings: string[];
  importedAt: string;
  importDate: string;
  analysis: SubmissionAnalysis | null;
  /** Set when the text was recognised from page images. */
  ocr: OcrReading | null;
}

const COLUMNS = `id, role, file_name AS fileName, path, format, size, hash, page_count AS pageCount, encoding,
  warnings, imported_at AS importedAt, import_date AS importDate, analysis, ocr`;

function toRow(r: any): DocumentRow {
  return { ...r, warnings: JSON.parse(r.warnings), analysis: r.analysis ? JSON.parse(r.analysis) : null, ocr: r.ocr ? JSON.parse(r.ocr) : null };
}

export function findByHash(db: Db, hash: string): DocumentRow | null {
  const r = stmt(db, `SELECT ${COLUMNS} FROM documents WHERE hash = ?`).get(hash);
  return r ? toRow(r) : null;
}

export function getDocumentRow(db: Db, id: number): DocumentRow | null {
  const r = stmt(db, `SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id);
  return r ? toRow(r) : null;
}

export function listDocumentRows(db: Db, role?: DocumentRole): DocumentRow[] {
  const rows = role
    ? stmt(db, `SELECT ${COLUMNS} FROM documents WHERE role = ? ORDER BY id`).all(role)
    : stmt(db, `SELECT ${COLUMNS} FROM documents ORDER BY id`).all();
  return rows.map(toRow);
}

/** The ids of the reports from `from` on, in order, without reading their rows. */
export function submissionIdsFrom(db: Db, from: number): number[] {
  return (stmt(db, `SELECT id FROM documents WHERE role = 'submission' AND id >= ? ORDER BY id`).all(from) as { id: number }[]).map((r) => r.id);
}

/** How many documents the workspace holds, and how many of them are reports, without reading them. */
export function countDocuments(db: Db): { documents: number; submissions: number } {
  const r = stmt(db, `SELECT COUNT(*) AS documents, COUNT(CASE WHEN role = 'submission' THEN 1 END) AS submissions FROM documents`).get() as {
    documents: number;
    submissions: number;
  };
  return r;
}

/** Reports stored without an analysis (an interrupted batch, an older version). */
export function listUnreadSubmissionRows(db: Db): DocumentRow[] {
  return (stmt(db, `SELECT ${COLUMNS} FROM documents WHERE role = 'submission' AND analysis IS NULL ORDER BY id`).all() as any[]).map(toRow);
}

/** The ids of the reports stored without a reading, in order, without reading their rows. */
export function listUnreadSubmissionIds(db: Db): number[] {
  return (stmt(db, `SELECT id FROM documents WHERE role = 'submission' AND analysis IS NULL ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
}

export function getDocumentText(db: Db, id: number): string {
  const r = stmt(db, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined;
  return r?.text ?? '';
}

export function insertDocument(
  db: Db,
  doc: ImportedDocument,
  role: DocumentRole,
  importedAt: string,
  importDate: string,
  /** Each paragraph's terms, joined by spaces. */
  terms: readonly string[],
): number {
  const info = stmt(
    db,
    `INSERT INTO documents (role, file_name, path, format, size, hash, page_count, encoding, text, warnings, imported_at, import_date, ocr)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(role, doc.fileName, doc.path, doc.format, doc.size, doc.hash, doc.pageCount, doc.encoding ?? null, doc.text,
    JSON.stringify(doc.warnings), importedAt, importDate, doc.ocr ? JSON.stringify(doc.ocr) : null);
  const id = Number(info.lastInsertRowid);
  const addParagraph = stmt(
    db,
    `INSERT INTO paragraphs (document_id, idx, text, start, end, page, bold, heading, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addFts = stmt(db, 'INSERT INTO paragraphs_fts (rowid, terms) VALUES (?, ?)');
  doc.paragraphs.forEach((p, i) => {
    const joined = terms[i] ?? '';
    const pid = Number(
      addParagraph.run(id, p.index, p.text, p.start, p.end, p.page ?? null, p.bold ? 1 : 0, p.heading ? 1 : 0, joined).lastInsertRowid,
    );
    addFts.run(pid, joined);
  });
  return id;
}

/** How the document's own pages can be shown (null: not at all), without reading the rest of its row. */
export function originalKind(db: Db, id: number): OriginalKind | null {
  const r = stmt(db, 'SELECT format, ocr IS NOT NULL AS scanned FROM documents WHERE id = ?').get(id) as { format: string; scanned: number } | undefined;
  if (!r) return null;
  return r.scanned ? 'scan' : r.format === 'pdf' ? 'pdf' : null;
}

/** Keeps a document's own bytes with it (a scan's, a PDF's), for showing its pages later. */
export function saveSource(db: Db, id: number, bytes: Uint8Array): void {
  stmt(db, 'INSERT OR REPLACE INTO scan_sources (document_id, bytes) VALUES (?, ?)').run(id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export function getSource(db: Db, id: number): Buffer | null {
  const r = stmt(db, 'SELECT bytes FROM scan_sources WHERE document_id = ?').get(id) as { bytes: Buffer } | undefined;
  return r?.bytes ?? null;
}

export function deleteDocument(db: Db, id: number): void {
  stmt(db, 'DELETE FROM scan_sources WHERE document_id = ?').run(id);
  stmt(db, 'DELETE FROM paragraphs_fts WHERE rowid IN (SELECT id FROM paragraphs WHERE document_id = ?)').run(id);
  stmt(db, 'DELETE FROM documents WHERE id = ?').run(id);
}

export function setAnalysis(db: Db, id: number, analysis: SubmissionAnalysis | null): void {
  stmt(db, 'UPDATE documents SET analysis = ? WHERE id = ?').run(analysis ? JSON.stringify(analysis) : null, id);
}

export interface StoredParagraph extends Paragraph {
  terms: string[];
}

export function getParagraphs(db: Db, documentId: number): StoredParagraph[] {
  const rows = stmt(
    db,
    'SELECT idx, text, start, end, page, bold, heading, tokens FROM paragraphs WHERE document_id = ? ORDER BY idx',
  ).all(documentId) as any[];
  return rows.map((r) => ({
    index: r.idx,
    text: r.text,
    start: r.start,
    end: r.end,
    ...(r.page != null ? { page: r.page } : {}),
    ...(r.bold ? { bold: true } : {}),
    ...(r.heading ? { heading: true } : {}),
    terms: r.tokens ? r.tokens.split(' ') : [],
  }));
}

export function setRole(db: Db, id: number, role: DocumentRole): void {
  stmt(db, 'UPDATE documents SET role = ? WHERE id = ?').run(role, id);
}
