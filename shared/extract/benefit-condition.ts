// Refiner of a time phrase: a date that belongs to a benefit's condition or term, not to a body's duty. A measure
// that grants something to those it names (对 A 给予补贴, 对 A 免收电费, …的，给予补贴) may date the beneficiaries
// (「对于一季度在我市购买新建商品住房…的购房人，给予…补贴」, 「2022年4月25日前，在安阳市区内购买商品住宅…的，给予…
// 补贴」) or how long the relief lasts (「到2030年前，对…免收需量电费」, 「2027年12月31日前，对…纳税人…减按0.5%征收
// 增值税」): no body is due to have done anything by then. A date followed by the work to be done by it (2024年6月底前
// 完成对企业的慰问) stays a due date, as does a date after the grant (给予补贴，2024年底前兑付到位).
// A waiver is a grant too (「2022年12月31日前受疫情影响的缴存人，不能正常偿还…的，不作逾期处理」), and a date followed
// by what those named may do (「受疫情影响的企业，2022年12月31日前可按规定申请缓缴住房公积金」) is the time they may do it
// in: a permission's term, not a body's due date. A date followed by 到期的 says which loans or contracts the measure
// covers (「2026年12月31日前到期的，可以允许…多展期1年」): the debts' term, not a body's due date.

/** The verbs by which a measure grants or waives something for those it names. */
const GRANT = /给予|免收|免征|减按|减征|减免|免于收取|予以(?:补贴|补助|奖励)|不作(?:逾期|违约)处理|不作为逾期记录/g;
/** What those a measure names may do by the date, written right after it: their permission's term. */
const MAY_AFTER = /^(?:前|之前|以前|底前|内)?[，,]?(?:均|仍)?可(?:以)?(?:按规定|按程序|依规)?(?:申请|享受|办理|提取|选择)/;
/** The things falling due by the date: which loans or contracts the measure covers. */
const MATURING_AFTER = /^(?:前|之前|以前|底前)?(?:到期|届满)的/;
// 对 opening the phrase that names the beneficiaries: not 针对, 对接, 对标, 对照, 面对, 应对…
const FOR_WHOM = /(?<![针相绝面应核比反配校])对(?:于)?(?![接标照比外象话称应口])/;
/** A 的-clause closing before the grant: …缴纳契税的，给予 (who qualifies). */
const QUALIFIES = /的[，,]/;
/** The work a date is the deadline of, written right after it. */
const WORK_AFTER = /^[，,]?(?:前|之前|以前|底前|内)?(?:全面|基本|全部|要|须|必须|确保|力争|争取)?(?:完成|建成|实现|到位|出台|制定|印发|启动|办结|兑现|兑付|发放|落实)/;
const SENTENCE_END = /[。；;！？!?\n]/;

function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return { from, to };
}

/** True when the time phrase at [start, end) of `text` dates a benefit's beneficiaries or term. */
export function isBenefitCondition(text: string, start: number, end: number): boolean {
  if (WORK_AFTER.test(text.slice(end, end + 12))) return false;
  const after = text.slice(end, end + 12);
  if (MAY_AFTER.test(after) || MATURING_AFTER.test(after)) return true;
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  GRANT.lastIndex = 0;
  let grant: RegExpExecArray | null;
  while ((grant = GRANT.exec(sentence)) !== null) {
    const at = from + grant.index;
    if (at < end) continue;
    const before = text.slice(from, at);
    if (FOR_WHOM.test(before) || QUALIFIES.test(text.slice(end, at))) return true;
    return false;
  }
  return false;
}
