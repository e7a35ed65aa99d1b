// The office's corrections to the ledger, laid over what was read from the policy. They are kept apart
// from the extraction so that they survive every re-reading (after an alias change, or a corrected
// policy imported again): a correction applies where its measure still has the number and the title it
// had when the correction was made; the others are listed for review, never dropped silently.
import type { Deadline, DeadlineKind, IsoDate, Measure, PolicyExtract, Target, TargetComparison } from '../types';
import { extractDeadlines } from '../extract/deadlines';
import { extractTargets } from '../extract/targets';
import { emptyMeasure } from '../measure';
import { measureCitation } from '../extract/measure-citation';

export interface DeadlineEntry {
  /** The words shown; written from the date when the office gives none. */
  text: string;
  date: IsoDate | null;
  kind: DeadlineKind;
  from?: IsoDate | null;
}

export interface MeasurePatch {
  title?: string;
  /** Departments as picked or typed; folded with the directory when applied. */
  lead?: string[];
  support?: string[];
  joint?: boolean;
  /** The full list of deadlines, replacing the ones read. */
  deadlines?: DeadlineEntry[];
  /** The targets' words, replacing the ones read. */
  targets?: string[];
  /** Not a measure at all. */
  removed?: boolean;
  /** Merged into another measure (its text, departments and deadlines join that one). */
  mergedInto?: number;
  /** A measure the reading missed, added by hand. */
  added?: { label: string; section: string | null; text: string };
}

export interface MeasureCorrection {
  number: number;
  /** The title as read when the measure was first corrected; null for a measure added by hand. */
  readTitle: string | null;
  patch: MeasurePatch;
}

export interface PolicyMetaCorrection {
  /** The title as the office writes it, where the copy has none or a wrong one (it names the policy everywhere). */
  title?: string;
  docNumber?: string | null;
  issuer?: string | null;
  /** Drives every deadline written as a bare month. */
  issuedOn?: IsoDate | null;
}

export interface LedgerCorrections {
  meta: PolicyMetaCorrection;
  measures: MeasureCorrection[];
}

/** Something the office decided or corrected that no longer fits the policy as read now. */
export interface ReviewItem {
  kind: 'correction' | 'decision';
  measure: number;
  title: string;
  reason: string;
}

/** Titles compared without spacing and end punctuation, which layouts change freely. */
export function sameTitle(a: string, b: string): boolean {
  const key = (t: string) => t.replace(/[\s\u3000]+/gu, '').replace(/[。；;，,：:]+$/u, '');
  return key(a) === key(b);
}

const KIND_WORDS: Partial<Record<DeadlineKind, string>> = { by: '前', period: '前', ongoing: '' };

const dayWords = (date: IsoDate) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * 2021-12-31 + by → 2021年12月31日前: the words a deadline set by hand is shown with. A period that keeps its start
 * reads from one day to the other (2022年9月1日至2022年12月31日).
 */
export function deadlineText(date: IsoDate | null, kind: DeadlineKind, from?: IsoDate | null): string {
  if (!date) return kind === 'ongoing' ? '长期坚持' : '';
  if (kind === 'period' && from && from <= date) return `${dayWords(from)}至${dayWords(date)}`;
  return `${dayWords(date)}${KIND_WORDS[kind] ?? ''}`;
}

function toDeadline(entry: DeadlineEntry, issuedOn: IsoDate | null): Deadline {
  const text = entry.text.trim() || deadlineText(entry.date, entry.kind, entry.from);
  return {
    text,
    date: entry.date,
    kind: entry.kind,
    beforeIssue: !!(entry.date && issuedOn && entry.date < issuedOn),
    ...(entry.from !== undefined ? { from: entry.from } : {}),
    start: 0,
    end: 0,
  };
}

function toTargets(texts: string[]): Target[] {
  return texts
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => {
      const read = extractTargets(text)[0];
      const comparison: TargetComparison = read?.comparison ?? '=';
      return { text, value: read?.value ?? 0, unit: read?.unit ?? '', comparison, start: 0, end: text.length };
    });
}

const unique = (names: string[]) => [...new Set(names.filter(Boolean))];

function patched(m: Measure, patch: MeasurePatch, fold: (name: string) => string, issuedOn: IsoDate | null): Measure {
  const next = { ...m };
  if (patch.title !== undefined) next.title = patch.title.trim();
  if (patch.lead !== undefined || patch.support !== undefined || patch.joint !== undefined) {
    const lead = unique((patch.lead ?? m.lead).map(fold));
    next.lead = lead;
    next.support = unique((patch.support ?? m.support).map(fold)).filter((d) => !lead.includes(d));
    next.joint = (patch.joint ?? m.joint) && lead.length > 1;
    if (next.joint) {
      next.lead = unique([...next.lead, ...next.support]);
      next.support = [];
    }
  }
  if (patch.deadlines !== undefined) next.deadlines = patch.deadlines.map((d) => toDeadline(d, issuedOn));
  if (patch.targets !== undefined) next.targets = toTargets(patch.targets);
  return next;
}

export interface CorrectionTools {
  /** Folds a department name as picked or typed into its canonical name. */
  fold(name: string): string;
}

/** The policy as the office has corrected it, and what could not be carried over. */
export function applyLedgerCorrections(
  extract: PolicyExtract,
  corrections: LedgerCorrections,
  tools: CorrectionTools,
): { policy: PolicyExtract; review: ReviewItem[] } {
  const review: ReviewItem[] = [];
  const meta = corrections.meta;
  const issuedOn = meta.issuedOn !== undefined ? meta.issuedOn : extract.issuedOn;
  const reread = issuedOn !== extract.issuedOn;
  let measures = extract.measures.map((m) =>
    // A new date of issue settles the year of every bare month again.
    reread ? { ...m, deadlines: extractDeadlines(m.text, { issuedOn }) } : m,
  );
  const byNumber = new Map(measures.map((m) => [m.number, m]));
  // A measure in a reason is cited as the policy cites it (第二部分第1条); a number it no longer has as 第N条.
  const cite = (n: number) => measureCitation(byNumber.get(n) ?? { label: '', number: n });
  const merges: { from: number; into: number }[] = [];
  const removed = new Set<number>();

  for (const c of [...corrections.measures].sort((a, b) => a.number - b.number)) {
    const { patch } = c;
    if (patch.added) {
      const clash = byNumber.get(c.number);
      if (clash) {
        review.push({ kind: 'correction', measure: c.number, title: patch.title ?? '', reason: `手工添加的第${c.number}条与政策中已有的${measureCitation(clash)}“${clash.title}”编号相同，未套用。` });
        continue;
      }
      const blank = emptyMeasure(c.number, {
        ...(patch.added.label ? { label: patch.added.label } : {}),
        section: patch.added.section,
        text: patch.added.text,
      });
      const made = patched(blank, patch, tools.fold, issuedOn);
      measures.push(made);
      byNumber.set(made.number, made);
      continue;
    }
    const current = byNumber.get(c.number);
    if (!current || (c.readTitle !== null && !sameTitle(current.title, c.readTitle))) {
      review.push({
        kind: 'correction',
        measure: c.number,
        title: c.readTitle ?? '',
        reason: current ? `${measureCitation(current)}的标题已变为“${current.title}”，原有更正未套用，请核对。` : `政策中已没有第${c.number}条，原有更正未套用。`,
      });
      continue;
    }
    const next = patched(current, patch, tools.fold, issuedOn);
    measures = measures.map((m) => (m.number === c.number ? next : m));
    byNumber.set(c.number, next);
    if (patch.removed) removed.add(c.number);
    if (patch.mergedInto !== undefined) merges.push({ from: c.number, into: patch.mergedInto });
  }

  for (const { from, into } of merges) {
    const source = byNumber.get(from);
    const target = byNumber.get(into);
    if (!source || !target || removed.has(into)) {
      review.push({ kind: 'correction', measure: from, title: source?.title ?? '', reason: `${cite(from)}要并入的${cite(into)}不存在，未合并。` });
      continue;
    }
    const merged: Measure = {
      ...target,
      text: `${target.text}\n${source.text}`,
      lead: unique([...target.lead, ...source.lead]),
      support: unique([...target.support, ...source.support]).filter((d) => !target.lead.includes(d) && !source.lead.includes(d)),
      generic: unique([...target.generic, ...source.generic]),
      rawDepartments: unique([...target.rawDepartments, ...source.rawDepartments]),
      deadlines: [...target.deadlines, ...source.deadlines],
      targets: [...target.targets, ...source.targets],
      paragraphs: [...target.paragraphs, ...source.paragraphs],
    };
    measures = measures.map((m) => (m.number === into ? merged : m));
    byNumber.set(into, merged);
    removed.add(from);
  }

  measures = measures.filter((m) => !removed.has(m.number)).sort((a, b) => a.number - b.number);
  const departments = unique(measures.flatMap((m) => [...m.lead, ...m.support])).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const policy: PolicyExtract = {
    ...extract,
    title: meta.title ? meta.title : extract.title,
    docNumber: meta.docNumber !== undefined ? meta.docNumber : extract.docNumber,
    issuer: meta.issuer !== undefined ? meta.issuer : extract.issuer,
    issuedOn,
    measures,
    departments,
  };
  return { policy, review };
}
