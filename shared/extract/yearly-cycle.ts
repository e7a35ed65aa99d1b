// Refiner of a time phrase (yearly-cycle): a bare 年末 or 年底, its year unwritten, standing in a run of steps with
// 年初 or 年中 (「强化前期自查、年中指导、年末检查」, 嘉定区系统化全域推进海绵城市建设的实施方案; 「年初部署、年中督查、年底考核」)
// names a step of a cycle that comes round every year, not the end of the year of issue: an annual duty. A 年底前 of its
// own (「年底前完成」) or a year written (2024年底) stays a due date.

/** A step of the year's start or middle, closing with 、 or 和 right before the phrase, within a short run. */
const CYCLE_BEFORE = /年[初中](?:[\u4e00-\u9fa5]{0,6})[、和及与]\s*$/;

/** True when the bare year-end phrase at [start, end) of `text` is a step of a yearly cycle (yearly-cycle). */
export function isYearlyStep(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (!/^年[末底]$/.test(phrase)) return false;
  return CYCLE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
