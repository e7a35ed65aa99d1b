// The office's corrections to a report: who sent it, when, and which measures it answers (linked by
// hand with the passage that answers, or unlinked). Laid over the analysis on every reading.
import { GATHERED_NOTE } from '../submission/collected-return';
import type { IsoDate, MeasureLink, SubmissionAnalysis } from '../types';

export interface ManualLink {
  measure: number;
  /** The paragraph that answers; null for the whole report. */
  paragraph: number | null;
  excerpt: string;
}

/** The office's links on one policy's measures. */
export interface PolicyLinks {
  links?: ManualLink[];
  /** Measures the reading linked wrongly. */
  unlinks?: number[];
}

export interface ReportCorrection extends PolicyLinks {
  departments?: string[];
  date?: IsoDate;
  /** The policies the office says the report answers (ids); replaces the automatic attribution. */
  policies?: number[];
  /** Links per policy id; `links`/`unlinks` above are what applies once one policy is chosen. */
  byPolicy?: Record<string, PolicyLinks>;
}

/** The correction as it applies to one policy: its facts, with that policy's links. */
export function correctionFor(correction: ReportCorrection | null, policy: number): ReportCorrection | null {
  if (!correction) return null;
  const { byPolicy, links: _l, unlinks: _u, ...facts } = correction;
  return { ...facts, ...(byPolicy?.[String(policy)] ?? {}) };
}

/** The correction with one policy's links replaced. */
export function withPolicyLinks(correction: ReportCorrection, policy: number, links: PolicyLinks): ReportCorrection {
  const byPolicy = { ...(correction.byPolicy ?? {}) };
  if ((links.links?.length ?? 0) + (links.unlinks?.length ?? 0) === 0) delete byPolicy[String(policy)];
  else byPolicy[String(policy)] = links;
  const { byPolicy: _b, ...rest } = correction;
  return Object.keys(byPolicy).length ? { ...rest, byPolicy } : rest;
}

/**
 * A gathered return (collected-return) whose rows name a sender the office gives is that sender's own return: its
 * rows answer for the sender, as the reading would have had it with that sender, and its note of rows gathered goes.
 */
function ownedByItsSenders(analysis: SubmissionAnalysis, senders: string[]): SubmissionAnalysis {
  const rowBodies = new Set(analysis.links.flatMap((l) => l.answersFor ?? []));
  if (!senders.some((s) => rowBodies.has(s))) return analysis;
  return {
    ...analysis,
    links: analysis.links.map(({ answersFor: _a, ...l }) => l),
    warnings: analysis.warnings.filter((w) => !w.startsWith(GATHERED_NOTE)),
  };
}

/** A link set by hand points at no paragraph when it is the whole report. */
export const WHOLE_REPORT = -1;

export function applyReportCorrection(
  analysis: SubmissionAnalysis,
  correction: ReportCorrection | null,
  fold: (name: string) => string = (n) => n,
): SubmissionAnalysis {
  if (!correction) return analysis;
  const senders = correction.departments ? [...new Set(correction.departments.map(fold).filter(Boolean))] : null;
  const read = senders ? ownedByItsSenders(analysis, senders) : analysis;
  const next = { ...read };
  if (senders) next.departments = senders;
  if (correction.date) {
    next.date = correction.date;
    next.dateSource = 'office';
  }
  const unlinked = new Set(correction.unlinks ?? []);
  const manual: MeasureLink[] = (correction.links ?? []).map((l) => ({
    measure: l.measure,
    how: 'reference',
    score: 1,
    excerpt: l.excerpt,
    paragraph: l.paragraph ?? WHOLE_REPORT,
    strength: 'counted',
    byHand: true,
  }));
  const byHand = new Set(manual.map((l) => l.measure));
  // Links set by hand come first, so they are the evidence quoted for their measure.
  next.links = [...manual, ...read.links.filter((l) => !unlinked.has(l.measure) && !byHand.has(l.measure))];
  next.measures = [...new Set([...manual.map((l) => l.measure), ...read.measures.filter((m) => !unlinked.has(m))])].sort((a, b) => a - b);
  return next;
}
