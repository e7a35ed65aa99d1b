// Text as a reader sees it: the light markup some importers keep (bold **…**, # headings, list bullets, table
// pipes) is taken out before a snippet is shown.
export function plainText(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/(^|\n|…)\s*#{1,6}\s+/g, '$1')
    .replace(/(^|\n|…)\s*[-*+]\s+(?=\S)/g, '$1')
    .replace(/\s*\|\s*/g, (m, offset: number, all: string) => (offset === 0 || offset + m.length === all.length ? '' : '　'))
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
