// A paragraph that only names bodies answers no measure by content. A report in table form copies each row's
// duty cells (区工信局、区住建局、区交通局…,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。): those
// say who, not what was done, and they resemble every measure that names the same bodies. The paragraph keeps
// its other evidence (a title, a reference); only content similarity is not drawn from it. The same holds for
// the duty cells inside a table row (3 | 固定资产投资增长7.5%左右。 | 区发改委 | 区工信局、…): the row's content is
// drawn from its other cells. Pure.
import { firstListedName, isGenericActor, looksLikeBody, readNameList } from '../extract/departments';
import { normalizedText } from '../text/normalize';
import { locateTokens } from './passages';

// A list of names ends at most with 等 (A、B、C等) and a full stop or a semicolon; a colon or a question is a sentence's.
const TRAILING = /等?[。；;.]*$/;
// A duty cell names a few bodies; a paragraph this long is no list of them (and is not read as one).
const MAX_LIST_CHARS = 600;

/**
 * Whether `text` is a list of bodies and nothing else: every item a body's name or a generic actor. `normalized` is
 * the text's normalizedText, when the caller has it.
 */
export function isBodyList(text: string, normalized?: string): boolean {
  if (text.length > MAX_LIST_CHARS) return false;
  const t = (normalized ?? normalizedText(text)).trim().replace(TRAILING, '');
  if (t === '' || /[。：:！？!?]/.test(t)) return false;
  // Most paragraphs are sentences, told apart by their first name alone; the whole list is read only after it.
  const first = firstListedName(t);
  if (first === null || !namesABody(first)) return false;
  return readNameList(t).every((n) => namesABody(n.name));
}

const namesABody = (name: string) => looksLikeBody(name) || isGenericActor(name);

const isTableRow = (text: string) => /[|｜\t]/.test(text);

// a table row's cells as the importers give them (a | b, a ｜ b, tab-separated)
const CELL_BREAK = /\s*[|｜\t]\s*/g;

/**
 * What of a paragraph may be scored by content: the text without its cells that only name bodies, and the
 * tokens that start outside those cells (`tokens` are the paragraph's, in order). A paragraph of names only
 * leaves nothing; one that is no table row, or a row without such cells, is returned as it is. `normalized` is
 * the paragraph's normalizedText, when the caller has it.
 */
export function contentOutsideBodyCells(text: string, tokens: string[], normalized?: string): { text: string; tokens: string[] } {
  if (isBodyList(text, normalized)) return { text: '', tokens: [] };
  if (!isTableRow(text)) return { text, tokens };
  const cells: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(CELL_BREAK)) {
    cells.push([at, m.index]);
    at = m.index + m[0].length;
  }
  cells.push([at, text.length]);
  const dropped = cells.filter(([s, e]) => e > s && isBodyList(text.slice(s, e)));
  if (dropped.length === 0) return { text, tokens };
  const starts = locateTokens(text, tokens);
  const outside = (pos: number) => !dropped.some(([s, e]) => pos >= s && pos < e);
  const kept = cells.filter((c) => !dropped.includes(c)).map(([s, e]) => text.slice(s, e));
  return { text: kept.join(' | '), tokens: tokens.filter((_, k) => outside(starts[k])) };
}

/**
 * The paragraph's content matches (`score` of what may be scored by content) and the text they were drawn from, as
 * `contentOutsideBodyCells` gives it. A paragraph that is no table row is scored whole, and asked whether it only
 * names bodies only when it matches something: most paragraphs are sentences, and most of those match nothing.
 */
export function scoreOutsideBodyCells<T>(text: string, tokens: string[], normalized: string, score: (text: string, tokens: string[]) => T[]): { text: string; content: T[] } {
  if (!isTableRow(text)) {
    const content = score(text, tokens);
    return content.length > 0 && isBodyList(text, normalized) ? { text: '', content: [] } : { text, content };
  }
  const kept = contentOutsideBodyCells(text, tokens, normalized);
  return { text: kept.text, content: kept.text === '' ? [] : score(kept.text, kept.tokens) };
}
