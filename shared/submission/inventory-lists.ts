// An inventory names kinds of things, not work done on them. A disclosure report counts what it published
// (「社会救助、城乡低保、特困人员供养、临时救助、儿童福利、残疾人福利、养老服务、社会组织信息89条」); a list like that
// shares words with many measures without answering any, so its words are no evidence that the report answers
// a measure. An inventory here: five or more short items in a row, joined by 、.
const MIN_ITEMS = 5;
const INVENTORY_RE = /(?:[\u4e00-\u9fff（）()“”"]{2,10}、){4,}[\u4e00-\u9fff（）()“”"]{2,10}/g;

function countOf(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Spans of `text` that are inventories. */
export function inventorySpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // the pattern needs four 、 in the text: most paragraphs have fewer, and the pattern is slow to fail
  if (countOf(text, '、') < MIN_ITEMS - 1) return spans;
  for (const m of text.matchAll(INVENTORY_RE)) if (m[0].split('、').length >= MIN_ITEMS) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether every occurrence of `word` in `text` lies inside an inventory. */
export function onlyInInventories(text: string, word: string, spans: [number, number][] = inventorySpans(text)): boolean {
  if (spans.length === 0) return false;
  let found = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    found = true;
    if (!spans.some(([s, e]) => at >= s && at + word.length <= e)) return false;
  }
  return found;
}
