// A short quotation from a department's report, to sit inside Chinese double quotes.
import type { Evidence, LinkHow } from '../types';
import { tidy } from './format';

export const EXCERPT_MAX = 60;
const ELLIPSIS = '……';
const SENTENCE_END = /[。；！？]/u;

/**
 * Shortens a passage to at most `max` characters, ellipsis included, preferring to end on a sentence
 * boundary in the second half; inner double quotes become single ones, as Chinese nesting requires.
 */
export function quoteExcerpt(passage: string, max = EXCERPT_MAX): string {
  const chars = Array.from(
    tidy(substanceOf(passage))
      .replace(/^[“"「『\s]+|[”"」』\s]+$/gu, '')
      .replace(/“/gu, '‘')
      .replace(/”/gu, '’'),
  );
  if (chars.length <= max) return chars.join('');
  const room = max - ELLIPSIS.length;
  let cut = room;
  for (let i = room - 1; i >= Math.floor(max / 2); i--) {
    if (SENTENCE_END.test(chars[i])) {
      cut = i + 1;
      break;
    }
  }
  return chars.slice(0, cut).join('') + ELLIPSIS;
}

/** A table row (cells joined by " | ") is quoted by its longest cell: the 落实情况 column, not the row number. */
export function substanceOf(passage: string): string {
  const cells = passage.split('|').map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return passage;
  return cells.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a));
}

const HOW_RANK: Record<LinkHow, number> = { reference: 0, title: 1, content: 2 };

/** The evidence most worth quoting: an explicit reference before a title match before content, then the earliest. */
export function bestEvidence(evidence: Evidence[]): Evidence | null {
  const usable = evidence.filter((e) => tidy(e.excerpt).length > 0);
  if (usable.length === 0) return null;
  return [...usable].sort(
    (a, b) => HOW_RANK[a.how] - HOW_RANK[b.how] || (a.date ?? '9999').localeCompare(b.date ?? '9999'),
  )[0];
}
