// Scoring of a policy's extract against a key written by hand (one line a measure: number | label | title | L:… |
// S:… | J:… | G:… | D:…). Used by the golden tests of the real text corpus (__fixtures__/real/) and of the real
// files read through their importers (electron/import/__fixtures__/real-files/).
import type { PolicyExtract } from '../types';
import { bodyKey, defaultDirectory, resolveDepartment } from './departments';

export interface KeyMeasure {
  number: number;
  label: string;
  title: string;
  lead: string[];
  support: string[];
  joint: boolean;
  generic: string[];
  dates: string[];
}

function list(s: string): string[] {
  return s.split('、').map((x) => x.trim()).filter((x) => x !== '');
}

/** A key line: number | label | title | L:… | S:… | J:… | G:… | D:…; a generic list may itself hold 、 inside brackets. */
export function readKey(text: string): KeyMeasure[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((line) => {
      const [number, label, title, ...fields] = line.split(' | ').map((x) => x.trim());
      const field = (p: string) => fields.find((f) => f.startsWith(`${p}:`))?.slice(2) ?? '';
      const joint = field('J') !== '';
      return {
        number: Number(number),
        label,
        title,
        lead: list(joint ? field('J') : field('L')),
        support: list(field('S')),
        joint,
        generic: field('G') === '' ? [] : [field('G')],
        dates: list(field('D')),
      };
    });
}

const directory = defaultDirectory();
const fold = (name: string) => bodyKey(resolveDepartment(name, directory).canonical);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const labelKey = (s: string) => s.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[.．、\s]/g, '');

export interface Score {
  measures: number;
  titles: number;
  departments: number;
  leads: number;
  deadlines: number;
}

export interface Tally {
  expected: number;
  found: number;
  matched: number;
  titles: number;
  leads: number;
  deadlines: number;
  deptExpected: number;
  deptFound: number;
  deptMatched: number;
}

export function tally(extract: PolicyExtract, key: KeyMeasure[]): Tally {
  const t: Tally = { expected: key.length, found: extract.measures.length, matched: 0, titles: 0, leads: 0, deadlines: 0, deptExpected: 0, deptFound: 0, deptMatched: 0 };
  for (const k of key) {
    const expectedDepts = [...k.lead, ...k.support].map(fold);
    t.deptExpected += new Set(expectedDepts).size;
    const m = extract.measures.find((x) => x.number === k.number && labelKey(x.label) === labelKey(k.label));
    if (!m) continue;
    t.matched++;
    if (m.title === k.title) t.titles++;
    const lead = m.lead.map(fold);
    if (sameSet([...new Set(lead)], [...new Set(k.lead.map(fold))])) t.leads++;
    const found = new Set([...m.lead, ...m.support].map(fold));
    t.deptMatched += [...new Set(expectedDepts)].filter((d) => found.has(d)).length;
    const dates = [...new Set(m.deadlines.filter((d) => d.kind === 'by' && d.date !== null).map((d) => d.date as string))];
    if (sameSet(dates, k.dates)) t.deadlines++;
  }
  for (const m of extract.measures) t.deptFound += new Set([...m.lead, ...m.support].map(fold)).size;
  return t;
}

function f1(matched: number, expected: number, found: number): number {
  if (expected === 0 && found === 0) return 1;
  const p = found === 0 ? 0 : matched / found;
  const r = expected === 0 ? 0 : matched / expected;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function score(t: Tally): Score {
  return {
    measures: f1(t.matched, t.expected, t.found),
    titles: t.expected === 0 ? 1 : t.titles / t.expected,
    departments: f1(t.deptMatched, t.deptExpected, t.deptFound),
    leads: t.expected === 0 ? 1 : t.leads / t.expected,
    deadlines: t.expected === 0 ? 1 : t.deadlines / t.expected,
  };
}

export function sum(a: Tally, b: Tally): Tally {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Tally)[]) out[k] += b[k];
  return out;
}

export const format = (s: Score) =>
  Object.entries(s)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join('  ');

/** The fields where `s` scores below `reference` (past rounding), each as 「field got < reference」. */
export function fieldsBelow(s: Score, reference: Score): string[] {
  return (Object.entries(s) as [keyof Score, number][]).filter(([k, v]) => v < reference[k] - 0.0005).map(([k, v]) => `${k} ${v.toFixed(3)} < ${reference[k].toFixed(3)}`);
}

/** A tally of nothing, to sum a corpus from. */
export function emptyTally(): Tally {
  return { expected: 0, found: 0, matched: 0, titles: 0, leads: 0, deadlines: 0, deptExpected: 0, deptFound: 0, deptMatched: 0 };
}
