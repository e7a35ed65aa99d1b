// Whose article a 第N条 is. A report cites our policy's measures by number (第6条), but also the articles of laws,
// regulations and other documents: 根据《安全生产法》第六条, 按照条例第六条, 该办法（2019年修订）第十条. An article
// number belongs to our policy only when nothing binds it to another document:
//   - 《…》 right before it (past 中的 / 所列 / an edition note （2021年修正） / a 第三章) names the document: ours when it
//     is our title, a part of it, or our 文号;
//   - a document kind right before it (条例, 办法, 规定, 细则, …法) names another document, unless it is 本…, or the kind of
//     our own policy (意见第六条 where our policy is an 意见);
//   - otherwise it is ours.
import { normalizedText } from '../text/normalize';
import { titleOverlap } from './title-overlap';

export type ArticleOwner = 'ours' | 'other';

export interface PolicyIdentity {
  policyTitle: string;
  docNumber: string | null;
}

// Kinds of document a clause number can hang off; longer words first so 办法 is not read as 法.
const KINDS = ['实施意见', '实施方案', '实施细则', '工作方案', '行动计划', '工作要点', '条例', '办法', '规定', '细则', '规则', '决定', '意见', '方案', '通知', '纲要', '规划', '计划', '准则', '章程', '要点', '法'];
const KIND = KINDS.join('|');
const KIND_AT_END = new RegExp(`(本|该|此|上述)?(${KIND})$`);
// A kind word closing a phrase of the title: …实施方案, …办法的通知, 《…条例》.
const KIND_IN_TITLE = new RegExp(`(${KIND})(?=$|的|》|[（(])`, 'g');
// What may stand between the document and the number: 中的, 所列, 规定的; an edition note; a chapter or part.
const BETWEEN = /(?:中|里|的|所列|所述|规定的|明确的|[（(][^（）()]{1,16}[）)]|第[一二三四五六七八九十百\d]{1,4}(?:章|节|部分|篇))+$/;

function compact(s: string): string {
  return normalizedText(s).replace(/\s/g, '');
}

/** Whether the document quoted in 《…》 is this policy (its title, a part of it, or its 文号). */
export function quotesPolicy(quoted: string, policy: PolicyIdentity): boolean {
  const q = quoted.replace(/\s/g, '');
  const title = compact(policy.policyTitle);
  if (q.length >= 2 && title.includes(q)) return true;
  if (policy.docNumber && q.includes(policy.docNumber.replace(/\s/g, ''))) return true;
  return titleOverlap(q, title) >= 0.6;
}

/** A kind by its last word: 实施方案 and 工作方案 are both 方案; 办法 stays 办法, 法 stays 法. */
const kindWord = (kind: string) => kind.slice(-2);

/** The kinds of document our policy is, read from its title: 方案 and 通知 for "关于印发…实施方案的通知". */
export function policyKinds(title: string): Set<string> {
  return new Set([...compact(title).matchAll(KIND_IN_TITLE)].map((m) => kindWord(m[1])));
}

/** Whose article the number after `head` (the text before 第) is. */
export function articleOwner(head: string, policy: PolicyIdentity): ArticleOwner {
  const before = head.replace(BETWEEN, '');
  if (before.endsWith('》')) {
    const open = before.lastIndexOf('《');
    return open < 0 || quotesPolicy(before.slice(open + 1, -1), policy) ? 'ours' : 'other';
  }
  const kind = KIND_AT_END.exec(before);
  if (!kind) return 'ours';
  if (kind[1] === '本') return 'ours';
  return policyKinds(policy.policyTitle).has(kindWord(kind[2])) ? 'ours' : 'other';
}
