// Snippets for search hits: a window of the paragraph around the first match, matches wrapped in markers.
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export function highlightTerms(text: string, terms: string[]): string {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = wanted.find((t) => text.startsWith(t, i));
    if (hit) {
      out += MARK_START + hit + MARK_END;
      i += hit.length;
    } else {
      out += text[i++];
    }
  }
  return out;
}

export function makeSnippet(text: string, terms: string[], radius = 40): string {
  const positions = terms.map((t) => text.indexOf(t)).filter((p) => p >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const from = Math.max(0, first - radius);
  const to = Math.min(text.length, first + radius * 2);
  const body = highlightTerms(text.slice(from, to), terms);
  return (from > 0 ? '…' : '') + body + (to < text.length ? '…' : '');
}
