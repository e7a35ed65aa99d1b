// Refiner of a time phrase (done-before): a date that says which loans, contracts or cases a measure covers by what was
// already done by then, not when a body is due. 「2023年8月31日前金融机构已发放的和已签订合同但未发放的首套住房商业性个人
// 住房贷款…可以申请降低…利率」 (吉林市进一步促进房地产消费若干措施): the date, a few words naming who acted, then 已 and a verb
// closing on 的 qualify the objects. A date followed by work still to do (2023年8月31日前金融机构完成…) stays a due date,
// and 已 further on, past the clause, says nothing of the date.

/** After the date: its 前, a short subject within the clause, then 已(经) and a verb closing on 的. */
const DONE_AFTER = /^(?:前|之前|以前)?[^，。；,;：:（(]{0,10}?已经?[\u4e00-\u9fa5]{1,8}的/;

/** True when the time phrase ending at `end` of `text` qualifies what had already been done by then. */
export function isDoneBefore(text: string, end: number): boolean {
  return DONE_AFTER.test(text.slice(end, end + 24));
}
