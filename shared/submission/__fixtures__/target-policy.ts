// A policy of targets built from their titles alone, and the measures a report's lines are counted as answering: the
// setting the target rules (target-results, comparison-base) are tried in.
import { emptyMeasure } from '../../measure';
import type { PolicyExtract } from '../../types';
import { linkMeasures } from '../link-measures';

/** Splits a text into the words the linker compares (the app's segmenter, handed in by the test). */
export type Terms = (text: string) => string[];

/** A division whose measures are `titles`, numbered from 1, each its own text. */
export function targetPolicy(terms: Terms, titles: string[], title = '关于印发重点工作责任分解的通知') {
  const extract: PolicyExtract = {
    title,
    docNumber: null,
    issuer: null,
    issuedOn: null,
    printedOn: null,
    sections: [],
    measures: titles.map((t, k) => emptyMeasure(k + 1, { title: t, text: `${t}。` })),
    departments: [],
    warnings: [],
  };
  return { extract, measureTokens: extract.measures.map((m) => terms(`${m.title}\n${m.text}`)) };
}

/** The measures of `titles` that the report `text` (one paragraph a line) is counted as answering, in order. */
export function countedTargets(terms: Terms, titles: string[], text: string): number[] {
  const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
  const links = linkMeasures(paragraphs, paragraphs.map((p) => terms(p.text)), targetPolicy(terms, titles));
  return [...new Set(links.filter((l) => l.strength === 'counted').map((l) => l.measure))].sort((a, b) => a - b);
}
