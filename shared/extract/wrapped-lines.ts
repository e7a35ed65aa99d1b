// Refiner on a policy's lines: a labelled list of bodies cut inside a name where a printed page wrapped it
// (「协办单位:区委编办、区民政局(区委社会工委)、园区党工」 over 「委、各街道党工委」, a PDF's text pasted as it was laid out).
// When the last item of a field line is no body's name but becomes one with the first item of the next line
// (园区党工 + 委 = 园区党工委), the next line is the rest of the list. A field line that ends on a whole name
// (「责任单位:区财政局」 over 「区发改局、区住建局」, names one a line) is left as it is.
import { startsNewItem } from '../text/repair';
import { looksLikeBody } from './departments';
import type { PolicyLine } from './policy-lines';

const FIELD = /^[\u4e00-\u9fa5]{2,8}[：:]/;
const STOPS = /[。！？；：，、…!?;:,）)」』】〕]$/;
const ITEM = /[、，,；;]/;

/** The first item of a line and the last item of a field line's list. */
const firstItem = (s: string) => s.split(ITEM)[0];
const lastItem = (s: string) => {
  const items = s.replace(FIELD, '').split(ITEM);
  return items[items.length - 1];
};

/** True when `next` carries on the name `line` broke off. */
export function continuesCutName(line: string, next: string): boolean {
  if (!FIELD.test(line) || STOPS.test(line) || FIELD.test(next) || startsNewItem(next)) return false;
  const tail = lastItem(line);
  const head = firstItem(next);
  if (tail === '' || head === '' || head.length > 6) return false;
  return !looksLikeBody(tail) && looksLikeBody(tail + head);
}

export function joinWrappedLines(lines: PolicyLine[]): PolicyLine[] {
  const out: PolicyLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !last.heading && !line.heading && continuesCutName(last.text, line.text)) {
      out[out.length - 1] = { ...last, text: last.text + line.text, spaced: null, paras: [...(last.paras ?? []), line.para, ...(line.paras ?? [])] };
    } else out.push(line);
  }
  return out;
}
