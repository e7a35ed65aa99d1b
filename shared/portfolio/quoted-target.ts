// quoted-target: a progress table quotes the targets of the division it answers, each whole as a sentence or cell of
// its own, figure and all (地区生产总值增长6.5%左右。); another policy's target in the same words with another figure
// (地区生产总值增长6%以上) is not the one quoted, and one target two places share (地区生产总值增长7%以上) tells
// nothing alone. A report quoting two targets or more of one policy of the workspace, and of no other, is weighed by
// its content against that policy alone.
import type { PolicyExtract } from '../types';

/** A target shorter than this, once bare, is too short to tell a quotation from a phrase. */
const MIN_TARGET_CHARS = 8;

/** A text without spaces and punctuation, a figure's point and per cent kept (6.5%), full-width figures folded. */
export function bareForQuotes(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[％]/g, '%')
    .replace(/[^\p{L}\p{N}.%]/gu, '');
}

/** A policy's measures whose titles hold a figure, bare: the targets a report may quote. */
export function policyTargets(extract: PolicyExtract): string[] {
  return extract.measures.map((m) => bareForQuotes(m.title)).filter((t) => t.length >= MIN_TARGET_CHARS && /\d/.test(t));
}

/** Quoted targets that tell the policy: two at least. */
const MIN_QUOTED = 2;

/** The report's sentences, lines and table cells, bare: where a target may stand quoted whole. */
function segments(text: string): string[] {
  return text
    .split(/[\n|。；;！？!?]/)
    .map(bareForQuotes)
    .filter((c) => c !== '');
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a segment ends on the target, the target whole: nothing before it but what is no word of the sentence (a
 * row's number, a figure run onto it), so 确保地区生产总值增长7%以上 quotes no target 地区生产总值增长7%以上.
 */
function endsOnWhole(segment: string, target: string): boolean {
  if (!segment.endsWith(target)) return false;
  const before = segment.length - target.length;
  return before === 0 || !HAN.test(segment[before - 1]);
}

/** The one policy whose targets the report quotes whole, two or more; null when it quotes fewer, or those of several. */
export function quotedTargetPolicy<P extends { targets: readonly string[] }>(text: string, policies: P[]): P | null {
  const parts = segments(text);
  const quoting = policies.filter((p) => new Set(p.targets.filter((t) => parts.some((s) => endsOnWhole(s, t)))).size >= MIN_QUOTED);
  return quoting.length === 1 ? quoting[0] : null;
}
