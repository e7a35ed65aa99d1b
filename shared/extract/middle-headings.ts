// The measures of a section in runs under the middle heading each sits under (（一）深化商事制度改革 over its 1. and 2.),
// for the ledger and the command line to write each heading once above its measures. Pure.
import type { Measure, MiddleHeading } from '../types';

export interface HeadingRun<T> {
  /** The middle heading over these measures; null for measures under none. */
  heading: MiddleHeading | null;
  measures: T[];
}

const same = (a: MiddleHeading | null, b: MiddleHeading | null) => a?.label === b?.label && a?.title === b?.title;

/** Consecutive measures under one middle heading, in order; a heading that comes again after others starts a new run. */
export function middleHeadingRuns<T extends Pick<Measure, 'middleHeading'>>(measures: readonly T[]): HeadingRun<T>[] {
  const runs: HeadingRun<T>[] = [];
  for (const m of measures) {
    const heading = m.middleHeading ?? null;
    const last = runs[runs.length - 1];
    if (last && same(last.heading, heading)) last.measures.push(m);
    else runs.push({ heading, measures: [m] });
  }
  return runs;
}

/** The heading as written: （一）深化商事制度改革. */
export function middleHeadingText(h: MiddleHeading): string {
  return `${h.label}${h.title}`;
}
