// Breaks a long document title into lines of similar length (GB/T 9704 asks for titles that wrap
// symmetrically and keep words whole), preferring breaks at punctuation and book-title marks.
import { charWidth } from './signature';

const CLOSING = new Set(Array.from('》〉”’）」』、，。；：！？'));
const OPENING = new Set(Array.from('《〈“‘（「『'));
const ASCII_WORD = /[A-Za-z0-9]/;
/** Quotation marks around a short term of the policy (“放管服”, “一件事一次办”), which is one word. */
const TERM_QUOTES: Record<string, string> = { '“': '”', '‘': '’', '「': '」' };
/** The longest quoted text still read as a term; a longer quotation may break like any text. */
const TERM_CHARS = 8;

/** Indices i where a break between chars[i - 1] and chars[i] would split a quoted term. */
export function quotedTermInsides(chars: string[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    const close = TERM_QUOTES[chars[i]];
    if (!close) continue;
    const end = chars.indexOf(close, i + 1);
    if (end < 0 || end - i - 1 > TERM_CHARS) continue;
    for (let k = i + 2; k < end; k++) inside.add(k);
  }
  return inside;
}

/** Cost of breaking between chars[i - 1] and chars[i]; Infinity where it is not allowed. */
function breakCost(chars: string[], i: number, terms: Set<number>): number {
  const before = chars[i - 1];
  const after = chars[i];
  // A line must not start with closing punctuation or end with opening punctuation.
  if (CLOSING.has(after) || OPENING.has(before)) return Infinity;
  if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) return Infinity;
  if (terms.has(i)) return Infinity;
  if (CLOSING.has(before) || OPENING.has(after)) return 0;
  if (before === '的' || before === '于' || after === '关') return 1;
  // Between two Chinese characters: may split a word.
  return 30;
}

/** Up to this many lines the balanced split is searched exactly; longer titles are set greedily (still balanced). */
const EXACT_LINES = 12;
/** How many line counts above the fewest the exact search tries before setting the title greedily. */
const EXTRA_LINES = 2;

/**
 * Splits `title` into lines no wider than `perLine` characters (ASCII counts half), as few lines as
 * fit, balanced in length, at the cheapest breaks. The work is bounded: the exact search is linear in the
 * title's length times the width of a line, and only for titles of a few lines.
 */
export function titleLines(title: string, perLine: number): string[] {
  const chars = Array.from(title);
  const total = charWidth(title);
  if (total <= perLine || chars.length < 2) return [title];
  const widths = [0];
  for (const ch of chars) widths.push(widths[widths.length - 1] + charWidth(ch));
  const terms = quotedTermInsides(chars);
  const cost = chars.map((_, i) => (i === 0 ? Infinity : breakCost(chars, i, terms)));
  const fewest = Math.ceil(total / perLine);
  if (fewest <= EXACT_LINES) {
    for (let lines = fewest; lines <= Math.min(chars.length, fewest + EXTRA_LINES); lines++) {
      const found = balancedLines(chars, widths, cost, perLine, lines);
      if (found) return found;
    }
  }
  return greedyLines(chars, widths, cost, perLine, total / fewest);
}

/** The cheapest split into exactly `lines` lines, or null when none fits. */
function balancedLines(chars: string[], widths: number[], cost: number[], perLine: number, lines: number): string[] | null {
  const n = chars.length;
  const target = widths[n] / lines;
  // best[k][i]: cheapest way to set chars[0, i) as k lines; from[k][i]: where the last line starts.
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0][0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      if (i < n && !Number.isFinite(cost[i])) continue;
      const breakPenalty = i < n ? cost[i] : 0;
      // Only starts within one line's width of i: widths only grow, so the walk back stops at the first too far.
      for (let j = i - 1; j >= 0 && widths[i] - widths[j] <= perLine; j--) {
        if (!Number.isFinite(best[k - 1][j])) continue;
        const value = best[k - 1][j] + (widths[i] - widths[j] - target) ** 2 + breakPenalty;
        if (value < best[k][i]) {
          best[k][i] = value;
          from[k][i] = j;
        }
      }
    }
  }
  if (!Number.isFinite(best[lines][n])) return null;
  const result: string[] = [];
  for (let k = lines, i = n; k > 0; k--) {
    const j = from[k][i];
    result.unshift(chars.slice(j, i).join(''));
    i = j;
  }
  return result;
}

/**
 * Line by line: each line ends at the cheapest allowed break near the target width; where no break is
 * allowed within a line (a long run of Latin letters or digits), the line is cut where it is full.
 */
function greedyLines(chars: string[], widths: number[], cost: number[], perLine: number, target: number): string[] {
  const n = chars.length;
  const result: string[] = [];
  let start = 0;
  while (start < n) {
    if (widths[n] - widths[start] <= perLine) {
      result.push(chars.slice(start).join(''));
      break;
    }
    let end = -1;
    let bestValue = Infinity;
    let full = start + 1;
    for (let i = start + 1; i < n && widths[i] - widths[start] <= perLine; i++) {
      full = i;
      const value = (widths[i] - widths[start] - target) ** 2 + cost[i];
      if (value < bestValue) {
        bestValue = value;
        end = i;
      }
    }
    if (end < 0) end = full;
    result.push(chars.slice(start, end).join(''));
    start = end;
  }
  return result;
}
