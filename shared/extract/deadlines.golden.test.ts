// Golden files: varied layouts (a task list with labelled time lines, a PDF rendition with wrapped lines).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../types';
import { extractDeadlines } from './deadlines';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

describe.each(['deadlines-task-list', 'deadlines-opinion-pdf'])('%s', (name) => {
  const text = read(`./__fixtures__/${name}.txt`);
  const golden = JSON.parse(read(`./__fixtures__/${name}.expected.json`)) as {
    issuedOn: string;
    deadlines: Omit<Deadline, 'start' | 'end'>[];
  };

  it('matches the expected deadlines', () => {
    const found = extractDeadlines(text, { issuedOn: golden.issuedOn });
    expect(found.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(golden.deadlines);
  });

  it('points every deadline at its words in the original text', () => {
    for (const d of extractDeadlines(text, { issuedOn: golden.issuedOn })) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
