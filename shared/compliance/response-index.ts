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
  /** The report names no date of its own: `date` is the day it was imported. */
  dateFromImport: boolean;
  excerpt: string;
  how: LinkHow;
}

export interface ResponseIndex {
  /** A department's responses to a measure, earliest first (the list is not to be changed). */
  responsesOf(measure: number, department: string): readonly Response[];
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

/** Keeps in `best` the stronger of its link to the link's measure and the link. */
function keepStronger(best: Map<number, MeasureLink | null>, link: MeasureLink): void {
  const prev = best.get(link.measure);
  if (!prev || STRENGTH[link.how] < STRENGTH[prev.how] || (link.how === prev.how && link.score > prev.score)) best.set(link.measure, link);
}

/** Bodies a report answers for, with its strongest link to each measure they answer. */
interface Credit {
  departments: string[];
  links: [number, MeasureLink | null][];
}

/**
 * Whom a report answers for: its senders, for what it says itself, and the bodies of a gathered return's rows
 * (`answersFor`, collected-return), each for the measures of its own rows. The strongest link to each measure is
 * kept; suggested links answer nothing. A measure listed without a link (set by hand) counts for the senders. The
 * senders are left out when the rows hold all the report's links.
 */
function credits(s: SubmissionAnalysis): Credit[] {
  const own = new Map<number, MeasureLink | null>();
  const rows = new Map<string, Map<number, MeasureLink | null>>();
  const linked = new Set<number>();
  for (const link of s.links) {
    if (link.strength === 'suggestion') continue;
    linked.add(link.measure);
    if (!link.answersFor) keepStronger(own, link);
    else
      for (const body of link.answersFor) {
        let best = rows.get(body);
        if (!best) rows.set(body, (best = new Map()));
        keepStronger(best, link);
      }
  }
  for (const m of s.measures) if (!linked.has(m)) own.set(m, null);
  const out: Credit[] = [...rows].map(([body, best]) => ({ departments: [body], links: [...best] }));
  if (own.size > 0 || out.length === 0) out.unshift({ departments: [...new Set(s.departments)], links: [...own] });
  return out;
}

const measuresOf = (credit: Credit) => credit.links.map(([m]) => m).sort((a, b) => a - b);

/** Each body the report answers for, with the measures it answers for it (ascending). */
const submittersOf = (file: string, credited: Credit[]): Submitter[] =>
  credited.flatMap((c) => {
    const measures = measuresOf(c);
    return c.departments.map((department) => ({ file, department, measures }));
  });

interface Prepared {
  s: SubmissionAnalysis;
  order: number;
  /** Each department it answers for, with the measures it answers for it (ascending). */
  submitters: Submitter[];
  credits: Credit[];
}

type ByMeasure<T> = Map<number, Map<string, T[]>>;

/** The reports read once for indexing as of any date: their strongest links, in the order the rules take them. */
export interface PreparedResponses {
  /** The dated reports' responses to each measure from each department, by date, file and position. */
  dated: ByMeasure<Response>;
  /** The undated reports' links, likewise, by file and position: they count as received on the as-of date. */
  undated: ByMeasure<{ p: Prepared; link: MeasureLink | null }>;
  /** Every report, by file and position. */
  byFile: Prepared[];
}

const byFile = (a: { file: string; order: number }, b: { file: string; order: number }) => compareText(a.file, b.file) || a.order - b.order;

function responseOf(p: Pick<Prepared, 's' | 'order'>, link: MeasureLink | null, countedOn: IsoDate): Response {
  return { order: p.order, file: p.s.file, date: p.s.date, countedOn, dateFromImport: p.s.dateSource === 'import', excerpt: link?.excerpt ?? '', how: link?.how ?? 'reference' };
}

function add<T>(byMeasure: ByMeasure<T>, measure: number, departments: readonly string[], item: T): void {
  let byDepartment = byMeasure.get(measure);
  if (!byDepartment) byMeasure.set(measure, (byDepartment = new Map()));
  for (const department of departments) {
    const list = byDepartment.get(department);
    if (list) list.push(item);
    else byDepartment.set(department, [item]);
  }
}

/** Reads the reports' links once, so that indexing them as of many dates (a trend, a portfolio) costs little. */
export function prepareResponses(submissions: SubmissionAnalysis[]): PreparedResponses {
  const all: Prepared[] = submissions.map((s, order) => {
    const credited = credits(s);
    return { s, order, submitters: submittersOf(s.file, credited), credits: credited };
  });
  const fileOrder = (a: Prepared, b: Prepared) => byFile({ file: a.s.file, order: a.order }, { file: b.s.file, order: b.order });
  const sorted = [...all].sort(fileOrder);
  const dated: PreparedResponses['dated'] = new Map();
  const undated: PreparedResponses['undated'] = new Map();
  for (const p of sorted.filter((x) => x.s.date != null).sort((a, b) => compareText(a.s.date!, b.s.date!) || fileOrder(a, b))) {
    for (const c of p.credits) for (const [measure, link] of c.links) add(dated, measure, c.departments, responseOf(p, link, p.s.date!));
  }
  for (const p of sorted) if (p.s.date == null) for (const c of p.credits) for (const [measure, link] of c.links) add(undated, measure, c.departments, { p, link });
  return { dated, undated, byFile: sorted };
}

const NONE: readonly Response[] = [];

/** A department's prepared responses to a measure counted as of a date: undated ones among that day's, by file. */
function preparedResponsesOf(prepared: PreparedResponses, measure: number, department: string, asOf: IsoDate): readonly Response[] {
  const list = prepared.dated.get(measure)?.get(department) ?? NONE;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].countedOn <= asOf) lo = mid + 1;
    else hi = mid;
  }
  const pending = prepared.undated.get(measure)?.get(department);
  if (!pending) return lo === list.length ? list : list.slice(0, lo);
  let a = lo;
  while (a > 0 && list[a - 1].countedOn === asOf) a--;
  const out = list.slice(0, a);
  const late = pending.map(({ p, link }) => responseOf(p, link, asOf));
  let b = 0;
  while (a < lo || b < late.length) {
    if (b >= late.length || (a < lo && byFile(list[a], late[b]) <= 0)) out.push(list[a++]);
    else out.push(late[b++]);
  }
  return out;
}

/** Reports read for one date only: those counted are sorted and their links read, the others left alone. */
function indexOnce(submissions: SubmissionAnalysis[], asOf: IsoDate): ResponseIndex {
  const counted: { s: SubmissionAnalysis; order: number; countedOn: IsoDate }[] = [];
  submissions.forEach((s, order) => {
    const countedOn = s.date ?? asOf;
    if (countedOn <= asOf) counted.push({ s, order, countedOn });
  });
  counted.sort((a, b) => compareText(a.countedOn, b.countedOn) || compareText(a.s.file, b.s.file) || a.order - b.order);
  const byMeasure: ByMeasure<Response> = new Map();
  const submitters: Submitter[] = [];
  for (const { s, order, countedOn } of counted) {
    const credited = credits(s);
    submitters.push(...submittersOf(s.file, credited));
    for (const c of credited) for (const [measure, link] of c.links) add(byMeasure, measure, c.departments, responseOf({ s, order }, link, countedOn));
  }
  return { responsesOf: (measure, department) => byMeasure.get(measure)?.get(department) ?? NONE, submitters };
}

/** Reports prepared once, indexed as of one of many dates: each list is cut at the date when it is asked for. */
function indexPrepared(prepared: PreparedResponses, asOf: IsoDate): ResponseIndex {
  // By file, so that the notes made from them come out nearly in the order they are listed in.
  const submitters: Submitter[] = [];
  for (const p of prepared.byFile) if (p.s.date == null || p.s.date <= asOf) for (const submitter of p.submitters) submitters.push(submitter);
  return { responsesOf: (measure, department) => preparedResponsesOf(prepared, measure, department, asOf), submitters };
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
