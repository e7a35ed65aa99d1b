// Repository: full-text search over paragraphs, matched on jieba terms and ranked by bm25.
import type { DocumentRole } from '../../shared/views';
import type { Db } from './sqlite';
import { stmt } from './statements';

export interface ParagraphMatch {
  documentId: number;
  fileName: string;
  role: DocumentRole;
  paragraph: number;
  text: string;
  rank: number;
}

/** Every term must occur (AND); terms are quoted so FTS5 syntax in user input is inert. */
export function matchQuery(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

export function searchParagraphs(db: Db, terms: string[], role: DocumentRole | null, limit: number): ParagraphMatch[] {
  if (terms.length === 0) return [];
  return stmt(db, `SELECT p.document_id AS documentId, d.file_name AS fileName, d.role, p.idx AS paragraph, p.text, bm25(paragraphs_fts) AS rank
    FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN documents d ON d.id = p.document_id
    WHERE paragraphs_fts MATCH ? AND (? IS NULL OR d.role = ?)
    ORDER BY rank LIMIT ?`).all(matchQuery(terms), role, role, limit) as ParagraphMatch[];
}

/** Single characters are below what jieba terms index: fall back to a substring scan. */
export function scanParagraphs(db: Db, needle: string, role: DocumentRole | null, limit: number): ParagraphMatch[] {
  return stmt(db, `SELECT p.document_id AS documentId, d.file_name AS fileName, d.role, p.idx AS paragraph, p.text, 0 AS rank
    FROM paragraphs p JOIN documents d ON d.id = p.document_id
    WHERE instr(p.text, ?) > 0 AND (? IS NULL OR d.role = ?) ORDER BY p.document_id, p.idx LIMIT ?`).all(needle, role, role, limit) as ParagraphMatch[];
}
