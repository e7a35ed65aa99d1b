// The reports that answer each (measure, department), built once per computation so that looking up an
// obligation's responses costs nothing, whatever the number of reports. The reports' links are read once
// (prepareResponses) and can serve computations as of many dates.
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
  submitters: Submitter[];
}

export interface Submitter {
  file: string;
  department: string;
  measures: number[];
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

interface Prepared {
  s: SubmissionAnalysis;
  order: number;
  /** Each department that signed it, with the measures it answers (ascending). */
  submitters: Submitter[];
  departments: string[];
  links: [number, MeasureLink | null][];
  /** Its response for each measure, made once when the report is dated (an undated one's depends on the as-of date). */
  responses: Response[] | null;
}

/** The reports read once for indexing as of any date: their strongest links, in the order the rules take them. */
export interface PreparedResponses {
  /** Reports with a date, by date, file and position. */
  dated: Prepared[];
  /** Reports without one, by file and position: they count as received on the as-of date. */
  undated: Prepared[];
  /** Every report, by file and position. */
  byFile: Prepared[];
}

const byFile = (a: Prepared, b: Prepared) => compareText(a.s.file, b.s.file) || a.order - b.order;

function responseOf(p: Prepared, link: MeasureLink | null, countedOn: IsoDate): Response {
  return { order: p.order, file: p.s.file, date: p.s.date, countedOn, excerpt: link?.excerpt ?? '', how: link?.how ?? 'reference' };
}

/** Reads the reports' links once, so that indexing them as of many dates (a trend, a portfolio) costs little. */
export function prepareResponses(submissions: SubmissionAnalysis[]): PreparedResponses {
  const dated: Prepared[] = [];
  const undated: Prepared[] = [];
  submissions.forEach((s, order) => {
    const best = bestLinks(s);
    const measures = [...best.keys()].sort((a, b) => a - b);
    const departments = [...new Set(s.departments)];
    const submitters = departments.map((department) => ({ file: s.file, department, measures }));
    const p: Prepared = { s, order, submitters, departments, links: [...best], responses: null };
    if (s.date == null) undated.push(p);
    else {
      p.responses = p.links.map(([, link]) => responseOf(p, link, s.date!));
      dated.push(p);
    }
  });
  dated.sort((a, b) => compareText(a.s.date!, b.s.date!) || byFile(a, b));
  undated.sort(byFile);
  return { dated, undated, byFile: [...dated, ...undated].sort(byFile) };
}

/** The prepared reports counted as of a date, earliest first: dated ones up to it, undated ones among those of that day. */
function countedAsOf({ dated, undated }: PreparedResponses, asOf: IsoDate): Prepared[] {
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dated[mid].s.date! <= asOf) lo = mid + 1;
    else hi = mid;
  }
  let sameDay = lo;
  while (sameDay > 0 && dated[sameDay - 1].s.date === asOf) sameDay--;
  if (undated.length === 0) return dated.slice(0, lo);
  const counted = dated.slice(0, sameDay);
  let a = sameDay;
  let b = 0;
  while (a < lo || b < undated.length) {
    if (b >= undated.length || (a < lo && byFile(dated[a], undated[b]) <= 0)) counted.push(dated[a++]);
    else counted.push(undated[b++]);
  }
  return counted;
}

function addResponse(byMeasure: ResponseIndex['byMeasure'], measure: number, departments: readonly string[], response: Response): void {
  let byDepartment = byMeasure.get(measure);
  if (!byDepartment) byMeasure.set(measure, (byDepartment = new Map()));
  for (const department of departments) {
    const list = byDepartment.get(department);
    if (list) list.push(response);
    else byDepartment.set(department, [response]);
  }
}

/** Reports read for one date only: those counted are sorted and their links read, the others left alone. */
function indexOnce(submissions: SubmissionAnalysis[], asOf: IsoDate): ResponseIndex {
  const counted: { s: SubmissionAnalysis; order: number; countedOn: IsoDate }[] = [];
  submissions.forEach((s, order) => {
    const countedOn = s.date ?? asOf;
    if (countedOn <= asOf) counted.push({ s, order, countedOn });
  });
  counted.sort((a, b) => compareText(a.countedOn, b.countedOn) || compareText(a.s.file, b.s.file) || a.order - b.order);
  const byMeasure: ResponseIndex['byMeasure'] = new Map();
  const submitters: Submitter[] = [];
  for (const { s, order, countedOn } of counted) {
    const links = bestLinks(s);
    const measures = [...links.keys()].sort((a, b) => a - b);
    const departments = [...new Set(s.departments)];
    for (const department of departments) submitters.push({ file: s.file, department, measures });
    for (const [measure, link] of links) {
      addResponse(byMeasure, measure, departments, { order, file: s.file, date: s.date, countedOn, excerpt: link?.excerpt ?? '', how: link?.how ?? 'reference' });
    }
  }
  return { byMeasure, submitters };
}

/** Reports prepared once, indexed as of one of many dates. */
function indexPrepared(prepared: PreparedResponses, asOf: IsoDate): ResponseIndex {
  const byMeasure: ResponseIndex['byMeasure'] = new Map();
  for (const p of countedAsOf(prepared, asOf)) {
    for (let k = 0; k < p.links.length; k++) {
      const [measure, link] = p.links[k];
      addResponse(byMeasure, measure, p.departments, p.responses ? p.responses[k] : responseOf(p, link, asOf));
    }
  }
  // By file, so that the notes made from them come out nearly in the order they are listed in.
  const submitters: Submitter[] = [];
  for (const p of prepared.byFile) if (p.s.date == null || p.s.date <= asOf) for (const submitter of p.submitters) submitters.push(submitter);
  return { byMeasure, submitters };
}

/**
 * Indexes the reports dated on or before `asOf` (an undated one counts as received by then) under
 * every measure they answer and every department that signed them. Reports are taken in date order
 * once, so every list comes out earliest first without sorting it. Reports already prepared are not read again.
 */
export function indexResponses(submissions: SubmissionAnalysis[] | PreparedResponses, asOf: IsoDate): ResponseIndex {
  return Array.isArray(submissions) ? indexOnce(submissions, asOf) : indexPrepared(submissions, asOf);
}

export function toEvidence(r: Response): Evidence {
  return { file: r.file, date: r.date, excerpt: r.excerpt, how: r.how };
}
