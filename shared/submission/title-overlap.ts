// How much of a measure's title a passage repeats, by character pairs (titles are short; words would be too coarse).

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Share of `title`'s character pairs found in `text`. */
export function titleOverlap(title: string, text: string): number {
  const pairs = bigrams(title.replace(/[\s，。、；：“”"《》]/g, ''));
  if (pairs.length === 0) return 0;
  return pairs.filter((p) => text.includes(p)).length / pairs.length;
}
