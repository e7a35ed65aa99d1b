// Refiner of a time phrase (built-before): a date that says which buildings, works or facilities a measure covers,
// not when a body is due. 「重点选择网格内2000年底前建成的老旧小区和住房作为体检对象」 (2026年奉贤区城市体检工作方案): the
// date, followed by a verb of completion that closes on 的 (建成的, 竣工的, 建成竣工的, 投入使用的), qualifies the objects;
// 「2000年以前建成的小区」 likewise. A date followed by the work to be done (2026年底前建成一批口袋公园) stays a due date.

/** A verb of completion closing on 的, written right after the date: the date qualifies what was built or put to use. */
const BUILT_AFTER = /^(?:前|之前|以前|底前|底以前|年底前)?(?:已)?(?:建成|竣工|建成竣工|竣工验收|建设|建造|投入使用|投用|交付使用|交付)的/;

/** True when the time phrase ending at `end` of `text` qualifies the objects built or put to use by then. */
export function isBuiltBefore(text: string, end: number): boolean {
  return BUILT_AFTER.test(text.slice(end, end + 12));
}
