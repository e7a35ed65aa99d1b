// A return that gathers several bodies' progress in one table (汇总表, 进展情况表, 台账: 序号 | 任务 | 责任单位 |
// 进展情况): each row says what its own 责任单位 did. The office that gathered it sends it (a 督查室, a government
// office, a lead body collecting its partners' returns), or it names no sender at all: a row answers for the bodies
// in its answering cell, not for whoever sent the table. A department's own return lists the bodies of its tasks
// too, itself among them: a table whose rows name a sender is that sender's own, and every row answers for it as
// before. Nor is a table whose rows all name one body a gathering of several. Pure.
import { readNameList } from '../extract/departments';
import { tableRow, type TableRow } from './measure-references';
import { columnKind, type ColumnKind } from './return-columns';
import type { SubmissionParagraph } from './types';

/** How a report's warnings begin the note that its rows were read as a gathered return's. */
export const GATHERED_NOTE = '汇总表：';

interface Header {
  answering: number[];
  progress: number[];
}

/** The row as a return's header: the columns of the bodies it answers for and of what was done; null when it is none. */
function returnHeader(row: TableRow): Header | null {
  const kinds = row.cells.map(columnKind);
  const columns = (kind: ColumnKind) => kinds.flatMap((k, i) => (k === kind ? [i] : []));
  const header = { answering: columns('answering'), progress: columns('progress') };
  return header.answering.length > 0 && header.progress.length > 0 ? header : null;
}

// A progress cell that says nothing: empty, a dash, a slash, 无.
const SAYS_NOTHING = /^[\s—–\-－/／、。.无暂]*$/;

interface Row {
  paragraph: number;
  /** Names in the row's answering cells, supporting ones (（配合）) left out. */
  names: string[];
  /** Whether its progress cells say anything. */
  reported: boolean;
}

/** The data rows of every return table in the paragraphs, each under the last header above it. */
function returnRows(paragraphs: readonly SubmissionParagraph[]): Row[][] {
  const tables: Row[][] = [];
  let header: Header | null = null;
  for (const p of paragraphs) {
    const row = tableRow(p.text);
    if (!row) continue;
    const next = returnHeader(row);
    if (next) {
      header = next;
      tables.push([]);
      continue;
    }
    if (!header) continue;
    const answering = header.answering.map((i) => row.cells[i] ?? '').filter((c) => c !== '');
    if (answering.length === 0) continue;
    const names = answering.flatMap((cell) => readNameList(cell).filter((n) => n.mark !== 'support').map((n) => n.name));
    const reported = header.progress.some((i) => !SAYS_NOTHING.test(row.cells[i] ?? ''));
    tables[tables.length - 1].push({ paragraph: p.index, names, reported });
  }
  return tables;
}

/**
 * For each row of a gathered return, by paragraph index, the bodies it answers for (`count` gives the ledger's names
 * for names as written, leaving out those it does not know); a row whose progress says nothing answers for no one.
 * Rows of a table that is a sender's own return, or that names one body only, are not in the map.
 */
export function collectedRows(paragraphs: readonly SubmissionParagraph[], senders: readonly string[], count: (names: string[]) => string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const rows of returnRows(paragraphs)) {
    const bodies = rows.map((r) => count(r.names));
    const all = new Set(bodies.flat());
    if (all.size < 2 || senders.some((s) => all.has(s))) continue;
    rows.forEach((r, k) => out.set(r.paragraph, r.reported ? bodies[k] : []));
  }
  return out;
}
