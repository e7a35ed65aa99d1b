// Breaks a long document title into lines of similar length (GB/T 9704 asks for titles that wrap
// symmetrically and keep words whole), preferring breaks at punctuation and book-title marks.
import { charWidth } from './signature';

const CLOSING = new Set(Array.from('》〉”’）」』、，。；：！？'));
const OPENING = new Set(Array.from('《〈“‘（「『'));
const ASCII_WORD = /[A-Za-z0-9]/;

/** Cost of breaking between chars[i - 1] and chars[i]; Infinity where it is not allowed. */
function breakCost(chars: string[], i: number): number {
  const before = chars[i - 1];
  const after = chars[i];
  // A line must not start with closing punctuation or end with opening punctuation.
  if (CLOSING.has(after) || OPENING.has(before)) return Infinity;
  if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) return Infinity;
  if (CLOSING.has(before) || OPENING.has(after)) return 0;
  if (before === '的' || before === '于' || after === '关') return 1;
  // Between two Chinese characters: may split a word.
  return 30;
}

/**
 * Splits `title` into lines no wider than `perLine` characters (ASCII counts half), as few lines as
 * fit, balanced in length, at the cheapest breaks.
 */
export function titleLines(title: string, perLine: number): string[] {
  const chars = Array.from(title);
  const total = charWidth(title);
  if (total <= perLine || chars.length < 2) return [title];
  const widths = [0];
  for (const ch of chars) widths.push(widths[widths.length - 1] + charWidth(ch));
  const cost = chars.map((_, i) => (i === 0 ? Infinity : breakCost(chars, i)));

  for (let lines = Math.ceil(total / perLine); lines <= chars.length; lines++) {
    const target = total / lines;
    // best[k][i]: cheapest way to set chars[0, i) as k lines; from[k][i]: where the last line starts.
    const best: number[][] = Array.from({ length: lines + 1 }, () => new Array(chars.length + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array(chars.length + 1).fill(-1));
    best[0][0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= chars.length; i++) {
        if (i < chars.length && !Number.isFinite(cost[i])) continue;
        const breakPenalty = i < chars.length ? cost[i] : 0;
        for (let j = 0; j < i; j++) {
          if (!Number.isFinite(best[k - 1][j])) continue;
          const width = widths[i] - widths[j];
          if (width > perLine) continue;
          const value = best[k - 1][j] + (width - target) ** 2 + breakPenalty;
          if (value < best[k][i]) {
            best[k][i] = value;
            from[k][i] = j;
          }
        }
      }
    }
    if (!Number.isFinite(best[lines][chars.length])) continue;
    const result: string[] = [];
    for (let k = lines, i = chars.length; k > 0; k--) {
      const j = from[k][i];
      result.unshift(chars.slice(j, i).join(''));
      i = j;
    }
    return result;
  }
  return [title];
}
