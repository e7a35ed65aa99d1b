// item-owners: a supervision notice (督查通报) names the items behind time by their number and the body answering for
// each (「由县民政局负责的第1件、县发改局负责的第4件、县卫健局负责的第17、18件确定事项进展滞后」) and then asks 「以上
// 责任单位」 to act: those bodies are the subjects of the duty the sentence gives, each for its own items. Read only in
// a sentence that asks them (请以上责任单位…); a body answering for an item the sentence only counts is no one's duty.
const ASKS_THEM = /请以上(?:责任)?(?:单位|部门)/;
const OWNER = /(?:^|[、，,]|其中|由)([\u4e00-\u9fa5（）()]{2,24}?)负责的第[\d、，,]+[件项]/g;

/** The bodies named as answering for numbered items in a sentence that then asks them to act, as written. */
export function itemOwners(sentence: string): string[] {
  if (!ASKS_THEM.test(sentence)) return [];
  const names: string[] = [];
  for (const m of sentence.matchAll(OWNER)) {
    const name = m[1].replace(/^(?:由|其中)/, '');
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
