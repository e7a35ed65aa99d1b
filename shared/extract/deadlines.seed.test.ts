// Every measure of the seed policy (dated 2021-09-06), as typed text and as pdftotext renders its PDF.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../types';
import { extractDeadlines } from './deadlines';

const ISSUED = '2021-09-06';
const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

const SOURCES: [string, string][] = [
  ['seed text', read('../../seeds/policy-seed.txt')],
  ['seed PDF via pdftotext', read('./__fixtures__/deadlines-seed-pdftotext.txt')],
];

/** Measure number → its text, cut at the next measure, section heading or end. */
function measures(text: string): Map<number, string> {
  const starts = [...text.matchAll(/^\f?(?:\*\*)?(\d{1,2})[.．]\s*/gm)].map((m) => ({ n: Number(m[1]), at: m.index }));
  const out = new Map<number, string>();
  starts.forEach((s, i) => {
    const next = i + 1 < starts.length ? starts[i + 1].at : text.length;
    const body = text.slice(s.at, next);
    const heading = /^(?:#+\s|(?:\*\*)?[一二三四五六七八九十]+、)/m.exec(body.slice(1));
    out.set(s.n, heading ? body.slice(0, heading.index + 1) : body);
  });
  return out;
}

type Row = [text: string, kind: Deadline['kind'], date: string | null, beforeIssue?: boolean, recurrence?: Deadline['recurrence']];

const EXPECTED: Record<number, Row[]> = {
  1: [['11月底前', 'by', '2021-11-30']],
  2: [
    ['2021年1月至12月', 'period', '2021-12-31'],
    ['年内', 'by', '2021-12-31'],
    ['12月底前', 'by', '2021-12-31'],
  ],
  3: [['每年', 'annual', null, false, { every: 'year' }]],
  7: [['9月底前', 'by', '2021-09-30']],
  10: [['12月底前', 'by', '2021-12-31']],
  11: [['12月底前', 'by', '2021-12-31']],
  12: [['每月4日前', 'monthly', null, false, { every: 'month', day: 4 }]],
  13: [['12月底前', 'by', '2021-12-31']],
  19: [['12月底前', 'by', '2021-12-31']],
  23: [
    ['8月底前', 'by', '2021-08-31', true],
    ['受理申请后8个工作日', 'service-limit', null],
    ['3天', 'service-limit', null],
    ['1个工作日', 'service-limit', null],
    ['12月底前', 'by', '2021-12-31'],
  ],
  27: [['9月底前', 'by', '2021-09-30']],
};

describe.each(SOURCES)('deadlines of every measure in the %s', (_name, source) => {
  const byMeasure = measures(source);

  it('finds all 29 measures', () => {
    expect([...byMeasure.keys()]).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });

  it.each(Array.from({ length: 29 }, (_, i) => i + 1))('measure %i', (n) => {
    const text = byMeasure.get(n) as string;
    const found = extractDeadlines(text, { issuedOn: ISSUED });
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    const rows = found.map((d) => {
      const row: Row = [d.text.replace(/\s/g, ''), d.kind, d.date, d.beforeIssue];
      if (d.recurrence) row.push(d.recurrence);
      return row;
    });
    const expected = (EXPECTED[n] ?? []).map(([t, kind, date, before = false, rec]) =>
      rec ? [t, kind, date, before, rec] : [t, kind, date, before],
    );
    expect(rows).toEqual(expected);
  });

  it('reads the period of measure 2 with its first day', () => {
    const [period] = extractDeadlines(byMeasure.get(2) as string, { issuedOn: ISSUED });
    expect(period.from).toBe('2021-01-01');
  });

  it('finds the same phrases in the whole document, in order', () => {
    const all = extractDeadlines(source, { issuedOn: ISSUED }).map((d) => d.text.replace(/\s/g, ''));
    const expected = Object.keys(EXPECTED)
      .map(Number)
      .sort((a, b) => a - b)
      .flatMap((n) => EXPECTED[n].map((r) => r[0]));
    expect(all).toEqual(expected);
  });
});
