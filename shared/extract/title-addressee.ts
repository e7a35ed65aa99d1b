// A title line with no closing punctuation can be run together with the addressee below it when plain
// text or a PDF is mended into paragraphs (关于…的若干措施各区县人民政府，市政府各部门：). Split the two
// again, so the title and the start of the body are found as in the Word original.

// The words that close a document title (as in metadata.ts), optionally (试行) and a closing quote.
const KIND_AT_END =
  /(?:意见|通知|方案|办法|规定|决定|细则|措施|计划|要点|清单|批复|函|通报|纲要|规划|公告|通告|条例|指引|规则|安排)(?:[（(](?:试行|暂行|修订)[）)])?$/;
// An addressee opens with 各… or with a body's name, and ends with a colon; no sentence inside.
const ADDRESSEE = /^(?:各|[\u4e00-\u9fa5]{1,30}?(?:政府|部门|单位|机构|委员会|办事处|局|委|办|厅))[^。！？]{0,118}[：:]$/;

/** [title, addressee] when `text` is a 关于… title followed directly by an addressee line; null otherwise. */
export function splitTitleAddressee(text: string): [string, string] | null {
  if (!text.includes('关于') || !/[：:]$/.test(text) || /[。！？]/.test(text)) return null;
  // the last split that leaves a title before and an addressee after: 《…办法》的通知 keeps its 通知
  for (let k = text.length - 2; k > text.indexOf('关于'); k--) {
    const head = text.slice(0, k);
    const tail = text.slice(k);
    if (KIND_AT_END.test(head) && ADDRESSEE.test(tail)) return [head, tail];
  }
  return null;
}
