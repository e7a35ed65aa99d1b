// The office's corrections to a report: who sent it, when, and which measures it answers (linked by
// hand with the passage that answers, or unlinked). Laid over the analysis on every reading.
import type { IsoDate, MeasureLink, SubmissionAnalysis } from '../types';

export interface ManualLink {
  measure: number;
  /** The paragraph that answers; null for the whole report. */
  paragraph: number | null;
  excerpt: string;
}

export interface ReportCorrection {
  departments?: string[];
  date?: IsoDate;
  links?: ManualLink[];
  /** Measures the reading linked wrongly. */
  unlinks?: number[];
}

/** A link set by hand points at no paragraph when it is the whole report. */
export const WHOLE_REPORT = -1;

export function applyReportCorrection(
  analysis: SubmissionAnalysis,
  correction: ReportCorrection | null,
  fold: (name: string) => string = (n) => n,
): SubmissionAnalysis {
  if (!correction) return analysis;
  const next = { ...analysis };
  if (correction.departments) next.departments = [...new Set(correction.departments.map(fold).filter(Boolean))];
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
    byHand: true,
  }));
  const byHand = new Set(manual.map((l) => l.measure));
  // Links set by hand come first, so they are the evidence quoted for their measure.
  next.links = [...manual, ...analysis.links.filter((l) => !unlinked.has(l.measure) && !byHand.has(l.measure))];
  next.measures = [...new Set([...manual.map((l) => l.measure), ...analysis.measures.filter((m) => !unlinked.has(m))])].sort((a, b) => a - b);
  return next;
}
