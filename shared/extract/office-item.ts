// Rule: an item headed by an office. A division of duties may number its items by office, each item opening on the
// office's name alone and a full stop, then its duties (「1.街道消委办。牵头开展…」「2.派出所。配合开展…，负责…」
// 「6.城运中心。根据区网格中心要求，推动…」, 古美路街道加强独居老人消防安全工作实施方案, 二、职责分工). The office the item
// is headed by leads it, and the bodies it is said to work with support it (「协同建管中心（房办）推动…」); a generic actor
// so heading an item (「7.居委会。」) makes the item its, no department's. An item whose title says what to do
// (「1.加强统筹协调。」) is left to the other rules. Pure.
import type { DepartmentDirectory } from '../types';
import { isGenericActor, isNotAName, looksLikeBody, normalizeDepartmentName } from './departments';
import { withBodies } from './prose-duty';

// a title that is one name: no verb, no punctuation, short
// 「（以下简称建交中心）」: the short name a document gives a body
const SHORT_NAME_NOTE = /[（(]以下(?:统称|简称|称)[^（()）]*[）)]/g;
const ONE_NAME = /^[\u4e00-\u9fa5（）()]{2,16}$/;
// what a title that says what to do opens with, or what a name never ends with
const NOT_A_NAME = /^(?:加强|加快|推进|推动|强化|完善|建立|健全|落实|开展|做好|提升|优化|深化|实施|严格|规范|明确|坚持|切实|统筹)|(?:工作|机制|制度|体系|建设|管理|服务|保障|措施|要求|目标|原则)$/;

export type OfficeItem = { lead: string } | { generic: string };

/** The office an item's title names alone, as its lead, or the generic actor it names; null for any other title. */
export function officeOfTitle(title: string, directory?: DepartmentDirectory): OfficeItem | null {
  // short-name: the short name the item gives its office (「（以下简称建交中心）」) is no part of the name, and the
  // office's second name in brackets (「城市建设交通运输事务中心（建设工程质量安全监督站）」) does not count to its length
  const name = title.trim().replace(/[。.]$/, '').replace(SHORT_NAME_NOTE, '');
  const core = name.replace(/[（(][^（）()]*[）)]/g, '');
  if (!(ONE_NAME.test(name) || (ONE_NAME.test(core) && name.length <= 40)) || NOT_A_NAME.test(core) || isNotAName(core)) return null;
  if (isGenericActor(name, directory)) return { generic: name };
  return looksLikeBody(name) && looksLikeBody(outsideNote(name)) ? { lead: name } : null;
}

// bracketed-note: a closing bracket ends an office's second name (「县发改局（粮食局）」) and a topic's note alike
// (「体检经费（包括鉴定和修缮经费）」); the words before the note decide whether the title names an office.
function outsideNote(name: string): string {
  const plain = name.replace(/[（(][^（）()]*[）)]$/, '');
  return plain === '' ? name : plain;
}

/** A name as an office's item may give it: one name, not a clause (制定…时间表或者…告知…物业公司). */
export function isPlainName(name: string): boolean {
  return ONE_NAME.test(name) && !NOT_A_NAME.test(name) && !CLAUSE_OPENING.test(name);
}

// split-names-plain: what a clause opens with is no name (「制定居住区干湿垃圾收运时间表或者…告知…小区物业公司」)
const CLAUSE_OPENING = /^(?:制定|告知|提前|根据|按照|通过|在|对|将|把|做好|负责)/;

const WITH = /协同|会同|联合/g;
const WORK = /推动|推进|开展|负责|做好|加强|落实|建立|督促|指导|实施|完成|组织|制定|研究/;

/** The bodies an office's item says it works with (协同A推动…), not the office itself under a shorter name. */
export function officePartners(text: string, office: string, directory?: DepartmentDirectory): string[] {
  const own = normalizeDepartmentName(office);
  const same = (n: string) => own.endsWith(n) || n.endsWith(own);
  const out: string[] = [];
  for (const m of text.matchAll(WITH)) {
    // the names run up to the work they do together (协同建管中心（房办）推动增设…)
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const verb = WORK.exec(rest);
    for (const name of withBodies(verb ? rest.slice(0, verb.index) : rest, directory)) {
      const n = normalizeDepartmentName(name);
      if (!same(n) && !out.includes(n)) out.push(n);
    }
  }
  return out;
}
