// The reports that answer each (measure, department), built once per computation so that looking up an
// obligation's responses costs nothing, whatever the number of reports.
import type { Evidence, IsoDate, LinkHow, MeasureLink, SubmissionAnalysis } from '../types';

export interface Response {
  /** Position of the submission in the input, the last tie-break among reports of one day. */
  order: number;
  file: string;
  /** The report's date as analysed; null when it has none. */
  date: IsoDate | null;
  /** The date the rules use: the report's date, or the as-of date for a report with none. */
  countedOn: IsoDate;
  excerpt: string;
  how: LinkHow;
}

export interface ResponseIndex {
  /** measure → department → responses, earliest first. */
  byMeasure: Map<number, Map<string, Response[]>>;
  /** The counted submissions' departments, each with the files it sent and the measures they answer. */
  submitters: { file: string; department: string; measures: number[] }[];
}

// Plain code-unit order: deterministic everywhere, unlike locale collation.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STRENGTH: Record<LinkHow, number> = { reference: 0, title: 1, content: 2 };

/** The strongest link of a report for each measure it answers; suggested links answer nothing. */
function bestLinks(s: SubmissionAnalysis): Map<number, MeasureLink | null> {
  const best = new Map<number, MeasureLink | null>();
  for (const link of s.links) {
    if (link.strength === 'suggestion') continue;
    const prev = best.get(link.measure);
    if (!prev || STRENGTH[link.how] < STRENGTH[prev.how] || (link.how === prev.how && link.score > prev.score)) {
      best.set(link.measure, link);
    }
  }
  // a measure listed without a link (set by hand) still counts
  for (const m of s.measures) if (!best.has(m)) best.set(m, null);
  return best;
}

/**
 * Indexes the reports dated on or before `asOf` (an undated one counts as received by then) under
 * every measure they answer and every department that signed them. Reports are taken in date order
 * once, so every list comes out earliest first without sorting it.
 */
export function indexResponses(submissions: SubmissionAnalysis[], asOf: IsoDate): ResponseIndex {
  const counted: { s: SubmissionAnalysis; order: number; countedOn: IsoDate }[] = [];
  submissions.forEach((s, order) => {
    const countedOn = s.date ?? asOf;
    if (countedOn <= asOf) counted.push({ s, order, countedOn });
  });
  counted.sort((a, b) => compareText(a.countedOn, b.countedOn) || compareText(a.s.file, b.s.file) || a.order - b.order);
  const byMeasure = new Map<number, Map<string, Response[]>>();
  const submitters: ResponseIndex['submitters'] = [];
  for (const { s, order, countedOn } of counted) {
    const links = bestLinks(s);
    const measures = [...links.keys()].sort((a, b) => a - b);
    const departments = new Set(s.departments);
    for (const department of departments) submitters.push({ file: s.file, department, measures });
    for (const [measure, link] of links) {
      let byDepartment = byMeasure.get(measure);
      if (!byDepartment) byMeasure.set(measure, (byDepartment = new Map()));
      const response: Response = { order, file: s.file, date: s.date, countedOn, excerpt: link?.excerpt ?? '', how: link?.how ?? 'reference' };
      for (const department of departments) {
        const list = byDepartment.get(department);
        if (list) list.push(response);
        else byDepartment.set(department, [response]);
      }
    }
  }
  return { byMeasure, submitters };
}

export function toEvidence(r: Response): Evidence {
  return { file: r.file, date: r.date, excerpt: r.excerpt, how: r.how };
}
