// A paragraph that only names bodies answers no measure by content. A report in table form copies each row's
// duty cells (区工信局、区住建局、区交通局…,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。): those
// say who, not what was done, and they resemble every measure that names the same bodies. The paragraph keeps
// its other evidence (a title, a reference); only content similarity is not drawn from it. Pure.
import { isGenericActor, looksLikeBody, readNameList } from '../extract/departments';
import { normalizeForMatching } from '../text/normalize';

// A list of names ends at most with 等 (A、B、C等) and a full stop or a semicolon; a colon or a question is a sentence's.
const TRAILING = /等?[。；;.]*$/;
// A duty cell names a few bodies; a paragraph this long is no list of them (and is not read as one).
const MAX_LIST_CHARS = 600;

/** Whether `text` is a list of bodies and nothing else: every item a body's name or a generic actor. */
export function isBodyList(text: string): boolean {
  if (text.length > MAX_LIST_CHARS) return false;
  const t = normalizeForMatching(text).text.trim().replace(TRAILING, '');
  if (t === '' || /[。：:！？!?]/.test(t)) return false;
  const names = readNameList(t);
  return names.length > 0 && names.every((n) => looksLikeBody(n.name) || isGenericActor(n.name));
}
