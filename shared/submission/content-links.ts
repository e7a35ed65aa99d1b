// Which passages may link a measure by content alone. Content is the weakest evidence, so it gives way
// to what the report says outright:
// - a paragraph that names measures (第11条…, a quoted title) answers those, not others it resembles;
// - in a report that names what it answers (关于第X条), a measure it never names needs more: two
//   passages, or one clearly above the threshold, and none better explained by a measure it names;
// - a passage that another measure explains far better echoes that measure's words (告知承诺制 in a
//   paragraph on 证明事项) and does not link the weaker one;
// - plans (下一步…) only back a link that a passage of work done makes.
import type { ContentMatch } from './content-similarity';

export interface ContentCandidate {
  match: ContentMatch;
  paragraph: number;
  /** Measures the paragraph names by reference or title. */
  named: ReadonlySet<number>;
  /** The paragraph's similarity to every measure it shares words with. */
  scores: readonly ContentMatch[];
  /** The paragraph states plans, not work done. */
  plan: boolean;
}

// In a report that names what it answers, one passage must score this many times the threshold to
// link a measure the report never names.
const UNNAMED_SCORE_FACTOR = 2;

// A passage links only measures scoring within this factor of its best one.
const DOMINANT_FACTOR = 1.5;

/** The candidates (each at or above the threshold) whose content links stand. */
export function selectContentLinks(candidates: ContentCandidate[], named: ReadonlySet<number>, threshold: number): ContentCandidate[] {
  const byMeasure = new Map<number, ContentCandidate[]>();
  for (const c of candidates) {
    const m = c.match.measure;
    if (c.named.size > 0 && !c.named.has(m)) continue;
    if (!named.has(m) && c.scores.some((s) => named.has(s.measure) && s.score > c.match.score)) continue;
    if (c.scores.some((s) => s.measure !== m && s.score >= c.match.score * DOMINANT_FACTOR)) continue;
    const list = byMeasure.get(m);
    if (list) list.push(c);
    else byMeasure.set(m, [c]);
  }
  const kept: ContentCandidate[] = [];
  for (const [m, list] of byMeasure) {
    if (named.has(m)) {
      kept.push(...list);
      continue;
    }
    const work = list.filter((c) => !c.plan);
    if (work.length === 0) continue;
    const paragraphs = new Set(work.map((c) => c.paragraph)).size;
    const best = Math.max(...work.map((c) => c.match.score));
    if (named.size > 0 && paragraphs < 2 && best < threshold * UNNAMED_SCORE_FACTOR) continue;
    kept.push(...list);
  }
  return kept;
}
