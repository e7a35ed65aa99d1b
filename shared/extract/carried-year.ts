// Rule (carried-year): a sentence that sets dates by stages writes the year once, on the first of them, and leaves it
// off the rest: 「须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位」 (云南省 稳增长意见). A date
// with no year of its own takes the year of the last date before it in the same sentence that wrote one, before the
// year of issue: the writer named the year a moment ago. A full stop, question mark or semicolon between them ends the
// carry (「2017年3月底前拨付经费。全省…9月底前…」 leaves 9月底前 to the year of issue), and a date a figure is compared
// against is no stage (「争取2022年底房地产贷款余额总量较6月末有所上升」: 较6月末 is a baseline, not a date to meet). Pure.

/** A year written with the date: 2017年…, or a year named relative to now (明年, 今年). */
const OWN_YEAR = /(?:\d{4}|[〇一二三四五六七八九零]{4})\s*年|[今明后次本上去]年/;
const SENTENCE_END = /[。！？；!?;]/;
/** Words that make the date after them a baseline of comparison. */
const BASELINE = /(?:较|比|相比|对比|同比|与)$/;

/** Whether a date phrase writes its own year. */
export function writesYear(phrase: string): boolean {
  return OWN_YEAR.test(phrase);
}

/** Whether a year written on a date ending at `from` still holds for a date starting at `to` (no sentence end between). */
export function carriesYear(text: string, from: number, to: number): boolean {
  return from <= to && !SENTENCE_END.test(text.slice(from, to)) && !BASELINE.test(text.slice(from, to));
}
