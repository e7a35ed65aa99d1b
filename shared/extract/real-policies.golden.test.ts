import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PolicyExtract } from '../types';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { bodyKey, defaultDirectory, resolveDepartment } from './departments';
import { extractPolicy } from './policy';

// Real public policies of the genre (State Council and ministries, provinces and cities, districts and counties), each with a
// key written by hand from the text (__fixtures__/real/*.key.txt; sources in __fixtures__/real/INDEX.md). The
// pipeline is scored against the keys: measures (number and label), titles, departments (F1 over measure ×
// body), leads, deadlines (the due dates of each measure). Each score must reach 0.95 over the corpus.
const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.key.txt'))
  .map((f) => f.replace(/\.key\.txt$/, ''));

interface KeyMeasure {
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
function readKey(text: string): KeyMeasure[] {
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

interface Score {
  measures: number;
  titles: number;
  departments: number;
  leads: number;
  deadlines: number;
}

interface Tally {
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

function tally(extract: PolicyExtract, key: KeyMeasure[]): Tally {
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

function score(t: Tally): Score {
  return {
    measures: f1(t.matched, t.expected, t.found),
    titles: t.expected === 0 ? 1 : t.titles / t.expected,
    departments: f1(t.deptMatched, t.deptExpected, t.deptFound),
    leads: t.expected === 0 ? 1 : t.leads / t.expected,
    deadlines: t.expected === 0 ? 1 : t.deadlines / t.expected,
  };
}

function sum(a: Tally, b: Tally): Tally {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Tally)[]) out[k] += b[k];
  return out;
}

const format = (s: Score) =>
  Object.entries(s)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join('  ');

describe('real policies of the genre against hand-made keys', () => {
  it('has a corpus of real documents with keys', () => expect(names.length).toBeGreaterThanOrEqual(15));

  it('reads them as a careful reader would (each score ≥ 0.95 over the corpus)', () => {
    const tallies = names.map((name) => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const extract = extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) });
      return { name, tally: tally(extract, readKey(readFileSync(join(dir, `${name}.key.txt`), 'utf8'))) };
    });
    const total = score(tallies.reduce((acc, x) => sum(acc, x.tally), { expected: 0, found: 0, matched: 0, titles: 0, leads: 0, deadlines: 0, deptExpected: 0, deptFound: 0, deptMatched: 0 }));
    const report = [...tallies.map((x) => `${x.name.padEnd(36)} ${format(score(x.tally))}`), `${'overall'.padEnd(36)} ${format(total)}`].join('\n');
    if (process.env.LUOSHI_GOLDEN_REPORT) console.log(report);
    const failing = Object.entries(total).filter(([, v]) => v < 0.95);
    expect(failing.length === 0 ? 'ok' : `below 0.95: ${failing.map(([k]) => k).join(', ')}\n${report}`).toBe('ok');
  });
});
