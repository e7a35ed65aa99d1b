// Rule: the year a policy's work is for, named by its title. An annual plan or list titled with its year
// (2025年开发区重点工作及责任清单, 关于印发2023年政府工作报告重点工作任务分解的通知) dates the deadlines it writes
// without a year (全年, 12月底前) when no date of issue is found. A title naming a span (2023—2025年行动计划,
// 2021-2025年) or more than one year (2019年…2020年) names no single year; a year inside a cited document's 文号
// (〔2024〕5号) is no year of the title's work. Pure.

const YEAR = /(?<![\d〔[—–\-~～至到])((?:19|20)\d{2})年(?!\s*[—–\-~～至到])/g;

/** The one year the title names for its work, or null. */
export function planYearFromTitle(title: string): number | null {
  const years = new Set([...title.matchAll(YEAR)].map((m) => Number(m[1])));
  // a span written in any form (2023—2025年, 2023年至2025年) or two years: no single year
  if (/(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d{2}/.test(title)) return null;
  return years.size === 1 ? [...years][0] : null;
}

// forwarded-year: a notice forwarding a document (「现将《…的通知》（国发明电〔2014〕1号）转发你们」) and signing no date of its
// own is written in the year of what it forwards: that year dates the deadlines it writes without one (6月20日前). Only
// an opening that forwards one numbered document counts; a document merely cited (根据《…》（…〔2013〕5号）) does not.
const FORWARDS = /现将[^。]{0,80}?《[^《》]{2,80}》[（(][^（()）]{0,16}〔((?:19|20)\d{2})〕\d{1,4}号[）)][^。]{0,12}?(?:转发|印发)给?你们/;

/** The year of the one document a notice's opening forwards, or null. */
export function forwardedYear(texts: string[]): number | null {
  for (const t of texts.slice(0, 5)) {
    const m = FORWARDS.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}
