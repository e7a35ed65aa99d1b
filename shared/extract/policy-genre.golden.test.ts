import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PolicyExtract } from '../types';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { extractPolicy } from './policy';

// Policies of the genre in layouts the other fixtures do not cover (开发区 work plan whose body is the
// attachment, PDF text with page numbers and broken names, tab-separated division table, labelled lines
// before the text, articles, a division table keyed to the body's measures, sub-points with their own
// parentheses, a 工作要点 with 一、（一）1., duties named inside the measure's sentence, 责任单位 and 完成时限 in
// one parenthesis, a notice issued in November with generic actors). Each __fixtures__/policy-genre-*.expected.json
// was written by hand from the policy, not from the code's output: a measure's text is checked by how it opens
// and closes.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const names = readdirSync(fixtures)
  .filter((f) => /^policy-genre-.*\.txt$/.test(f))
  .map((f) => f.replace(/\.txt$/, ''));

/** Paragraphs exactly as the text importer gives them. */
function importText(text: string): { index: number; text: string }[] {
  return repairParagraphs(textBlocks(text));
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

function project(e: PolicyExtract) {
  return {
    title: e.title,
    docNumber: e.docNumber,
    issuer: e.issuer,
    issuedOn: e.issuedOn,
    printedOn: e.printedOn,
    sections: e.sections,
    measures: e.measures.map((m) => ({
      number: m.number,
      label: m.label,
      section: m.section,
      title: m.title,
      text: m.text,
      lead: m.lead,
      support: m.support,
      joint: m.joint,
      generic: m.generic,
      responsibilityText: m.responsibilityText,
      deadlines: m.deadlines.map((d) => ({
        text: d.text,
        kind: d.kind,
        date: d.date,
        ...(d.beforeIssue ? { beforeIssue: true } : {}),
        ...(d.recurrence ? { recurrence: d.recurrence } : {}),
        ...(d.from ? { from: d.from } : {}),
      })),
      targets: m.targets.map((t) => ({ text: t.text, value: t.value, unit: t.unit, comparison: t.comparison })),
    })),
    departments: [...e.departments].sort(byName),
    warnings: e.warnings,
  };
}

interface ExpectedMeasure {
  opens: string;
  closes: string;
  [key: string]: unknown;
}

describe('extractPolicy on policies of the genre in other layouts', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(6));

  it.each(names)('%s', (name) => {
    const actual = project(extractPolicy({ paragraphs: importText(readFileSync(join(fixtures, `${name}.txt`), 'utf8')) }));
    const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8'));
    expected.departments = [...expected.departments].sort(byName);
    const measures = expected.measures.map(({ opens, closes, ...rest }: ExpectedMeasure, k: number) => {
      const text = actual.measures[k]?.text ?? '';
      // The text must open and close as written; the rest of it is compared through its parts.
      return { ...rest, text: text.startsWith(opens) && text.endsWith(closes) ? text : `opens「${opens}」… closes「${closes}」` };
    });
    expect(actual).toEqual({ ...expected, measures });
  });
});
