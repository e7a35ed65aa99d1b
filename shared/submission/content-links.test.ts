import { describe, expect, it } from 'vitest';
import { selectContentLinks, type ContentCandidate } from './content-links';

const T = 0.3;

/** A candidate of `measure` at `score` in `paragraph`, with the paragraph's other scores. */
function cand(measure: number, score: number, paragraph: number, over: { named?: number[]; others?: [number, number][]; plan?: boolean } = {}): ContentCandidate {
  const match = { measure, score, start: 0, end: 10, shared: [] };
  const others = (over.others ?? []).map(([m, s]) => ({ measure: m, score: s, start: 0, end: 10, shared: [] }));
  return { match, paragraph, named: new Set(over.named ?? []), scores: [match, ...others], plan: over.plan ?? false };
}

const kept = (cs: ContentCandidate[], named: number[] = []) => selectContentLinks(cs, new Set(named), T).map((c) => `${c.match.measure}@${c.paragraph}`);

describe('selectContentLinks', () => {
  it('a report naming nothing links on one passage', () => {
    expect(kept([cand(4, 0.35, 2)])).toEqual(['4@2']);
  });

  it('a paragraph that names measures keeps content links to those only', () => {
    expect(kept([cand(4, 0.7, 2, { named: [4] }), cand(6, 0.7, 2, { named: [4] })], [4])).toEqual(['4@2']);
  });

  it('in a report that names measures, an unnamed one needs two passages or a clearly higher score', () => {
    expect(kept([cand(6, 0.45, 3)], [4])).toEqual([]);
    expect(kept([cand(6, 0.45, 3), cand(6, 0.32, 5)], [4])).toEqual(['6@3', '6@5']);
    expect(kept([cand(6, 0.62, 3)], [4])).toEqual(['6@3']);
    // two hits in one paragraph are one passage of support
    expect(kept([cand(6, 0.45, 3), cand(6, 0.4, 3)], [4])).toEqual([]);
  });

  it('a passage closer to a measure the report names does not count for another', () => {
    expect(kept([cand(6, 0.65, 3, { others: [[4, 0.8]] })], [4])).toEqual([]);
    expect(kept([cand(6, 0.65, 3, { others: [[4, 0.5]] })], [4])).toEqual(['6@3']);
  });

  it('plans back a link but never make one', () => {
    expect(kept([cand(6, 0.7, 8, { plan: true })])).toEqual([]);
    expect(kept([cand(6, 0.4, 2), cand(6, 0.7, 8, { plan: true })])).toEqual(['6@2', '6@8']);
    // a named measure keeps its plans as evidence
    expect(kept([cand(4, 0.5, 8, { plan: true, named: [] })], [4])).toEqual(['4@8']);
  });
});
