// How a user cites a measure. The label as written ("1.", "（三）") is enough where the numbering runs on through
// the policy; where it starts again in each section, "3." names three measures, and the citation puts the
// section in front: "二、3.".
import type { Measure } from '../types';

/** The numbering starts again in some section: one label names more than one measure. */
export function numberingRestarts(measures: readonly Pick<Measure, 'label'>[]): boolean {
  const labels = measures.map((m) => m.label);
  return new Set(labels).size < labels.length;
}

export function measureCitation(extract: { measures: readonly Pick<Measure, 'label'>[] }, m: Pick<Measure, 'label' | 'number' | 'section'>): string {
  const label = m.label || `${m.number}.`;
  return numberingRestarts(extract.measures) && m.section ? `${m.section}、${label}` : label;
}
