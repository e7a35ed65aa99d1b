// The office's correction of one measure, from what the editor holds: only what differs from the ledger, so the
// record in 历史 names only what was changed.
import type { MeasurePatch } from '../../shared/corrections/ledger';
import type { DeadlineKind, Measure } from '../../shared/types';
import { targetWords } from '../../shared/extract/target-phrase';

export interface DeadlineRow {
  text: string;
  date: string;
  kind: DeadlineKind;
  /** A period's first day, kept when its last is corrected. */
  from?: string;
}

export interface MeasureForm {
  title: string;
  /** As typed: names separated by 、，, ；; or new lines. */
  lead: string;
  support: string;
  joint: boolean;
  deadlines: DeadlineRow[];
  /** One target a line. */
  targets: string;
}

export const splitNames = (text: string) => text.split(/[、，,；;\n]+/u).map((s) => s.trim()).filter(Boolean);
const sameList = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');

/** The measure's deadlines as the editor's rows (a service time limit is not a deadline to correct). */
export const deadlineRows = (m: Measure): DeadlineRow[] =>
  m.deadlines.filter((d) => d.kind !== 'service-limit').map((d) => ({ text: d.text, date: d.date ?? '', kind: d.kind, ...(d.from ? { from: d.from } : {}) }));

export function measurePatch(m: Measure, form: MeasureForm): MeasurePatch {
  const patch: MeasurePatch = {};
  if (form.title.trim() !== m.title) patch.title = form.title.trim();
  const lead = splitNames(form.lead);
  const support = splitNames(form.support);
  if (!sameList(lead, m.lead)) patch.lead = lead;
  if (!sameList(support, m.support)) patch.support = support;
  if (form.joint !== m.joint) patch.joint = form.joint;
  const before = deadlineRows(m);
  if (JSON.stringify(form.deadlines) !== JSON.stringify(before)) {
    // A changed date gets words written from it; untouched rows keep the policy's own words.
    patch.deadlines = form.deadlines.map((d, i) => {
      const was = before[i];
      const keepWords = was && was.date === d.date && was.kind === d.kind;
      return { text: keepWords ? d.text : '', date: d.date || null, kind: d.kind, ...(d.kind === 'period' && d.from ? { from: d.from } : {}) };
    });
  }
  const targets = form.targets.split('\n').map((t) => t.trim()).filter(Boolean);
  if (!sameList(targets, m.targets.map(targetWords))) patch.targets = targets;
  return patch;
}
