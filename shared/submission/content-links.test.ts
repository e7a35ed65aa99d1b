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

  it('a passage another measure explains far better does not link the weaker one', () => {
    // 告知承诺制 on 证明事项 (0.77) echoes the title of an investment-approval measure (0.42)
    expect(kept([cand(11, 0.42, 4, { others: [[24, 0.77]] }), cand(24, 0.77, 4, { others: [[11, 0.42]] })])).toEqual(['24@4']);
    expect(kept([cand(11, 0.33, 0, { others: [[24, 0.6]] }), cand(11, 0.42, 4, { others: [[24, 0.77]] })])).toEqual([]);
  });

  it('a passage answering two measures about equally links both', () => {
    expect(kept([cand(11, 0.55, 4, { others: [[24, 0.7]] }), cand(24, 0.7, 4, { others: [[11, 0.55]] })])).toEqual(['11@4', '24@4']);
  });

  it('plans back a link but never make one', () => {
    expect(kept([cand(6, 0.7, 8, { plan: true })])).toEqual([]);
    expect(kept([cand(6, 0.4, 2), cand(6, 0.7, 8, { plan: true })])).toEqual(['6@2', '6@8']);
    // a named measure keeps its plans as evidence
    expect(kept([cand(4, 0.5, 8, { plan: true, named: [] })], [4])).toEqual(['4@8']);
  });
});
