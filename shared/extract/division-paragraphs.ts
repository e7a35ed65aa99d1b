// Rule: the work divided in paragraphs headed by who answers (division-paragraphs). A section titled 职责分工 / 部门职责 /
// 任务分工 / 责任分工 / 各部门职责 / 工作分工 that numbers no items gives each body, or a few bodies together, a paragraph
// opening on the names and a colon: 「市房产局：负责牵头城镇房屋安全管理三项制度组织实施，会同财政…」「市委宣传部：负责…」
// (沈阳市城镇房屋安全管理三项制度工作方案, 2024), 「人民银行恩施州中心支行、恩施银保监分局：负责监督执行…」 beside
// 「发改部门：负责…」 (恩施州, 关于鼓励农村居民进城购房的指导意见（征求意见稿）, 2022). The last paragraph may name many bodies
// without the colon, the level written once: 「市发展改革委、国资委、…、检察院等其他行业部门…负责督促落实…」.
//
// What the ledger shows: the section is one measure, as the genre's other divisions by paragraph are (上海市财政局's
// 工作分工): the body whose paragraph opens on 牵头 (「：负责牵头…」, 「：牵头…」) leads the whole work and the others support
// it; 牵头 later in a paragraph (「负责提供…；牵头制定…相关制度」) leads a part only. With no body said to lead, the bodies
// named share the measure. Kinds of department (发改部门), every township's government and enterprises are no body.
// Each paragraph stays in the measure's text, so a body's own duties are shown beside its report. Pure.
import type { DepartmentDirectory } from '../types';
import { isGenericActor, looksLikeBody, readNameList } from './departments';
import { proseDuties } from './prose-duty';

/** The title of a section dividing the work among bodies. */
export const DIVISION_TITLE = /^(?:明确)?(?:各|有关)?(?:部门|单位|成员单位)?(?:职责分工|职责|(?:任务|责任|工作)分工)$/;

// the names before the colon: words, 、, and short brackets (国动办（人防办）), no sentence punctuation
const COLON_OPENING = /^((?:[^：:，。；,;（()）\s]|[（(][^（()）]{1,12}[）)]){2,160}?)\s*[：:]\s*(\S.*)$/;
// the closing paragraph naming many bodies, the run ended by 等 and a kind (等其他行业部门), its duty after
const ETC_OPENING = /^((?:[^：:，。；,;（()）\s]|[（(][^（()）]{1,12}[）)]){2,400}?等(?:其他|有关|相关)?[\u4e00-\u9fa5]{0,6}(?:部门|单位))(.*负责.*)$/;
// the paragraph's first duty makes its bodies the lead of the whole work
const LEAD_OPENING = /^(?:负责)?牵头/;
// kinds of actor that are no body: enterprises and institutions of a kind (县市国有企业, 保险公司)
const NOT_A_BODY = /(?:企业|公司|机构|银行|学校|医院)$/;
// numbered-colon-items: a line opening on a number (「1．街道垃圾分类工作领导小组：…」「2．各居民区：…」) is an item of a
// section that numbers its items, each item its own measure, not a paragraph of a division the section is as a whole
// (友谊路街道生活垃圾定时定点分类投放工作实施细则, 2019, 三、职责分工)
const NUMBERED = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]|^[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]/;

export interface DivisionParagraph {
  /** The names as written before the colon (or before 等…部门), one paragraph's list. */
  opening: string;
  bodies: string[];
  generic: string[];
  leads: boolean;
}

// own-units: a body followed by 各 and a kind of its own units (「区公安分局各辖区派出所」, 「市场监管局各所」) answers through
// them: the body is the one named
const OWN_UNITS = /^(.{2,30}?)各(?:辖区|所属|下属|基层)?(?:派出所|所|站|队|中队|大队|分局|分所)$/;
export function ownUnitsBody(name: string): string {
  const m = OWN_UNITS.exec(name);
  return m && looksLikeBody(m[1]) ? m[1] : name;
}

export function readOpening(opening: string, duty: string, directory?: DepartmentDirectory): DivisionParagraph | null {
  const listed = readNameList(opening).map((x) => ownUnitsBody(x.name));
  if (listed.length === 0) return null;
  // the list's last name is its head: 「教育、卫生、医保、人社部门」 are kinds of department, each with 部门 understood
  const last = listed[listed.length - 1];
  if (!looksLikeBody(last) && !isGenericActor(last, directory) && !NOT_A_BODY.test(last)) return null;
  const generic = listed.filter((n) => isGenericActor(n, directory));
  const bodies = listed.filter((n) => looksLikeBody(n) && !isGenericActor(n, directory) && !NOT_A_BODY.test(n));
  return { opening, bodies, generic, leads: LEAD_OPENING.test(duty) };
}

/**
 * The paragraphs of `text` that open on who answers and a colon, in order, with the closing 「A、B…等其他行业部门…负责…」
 * paragraph; empty unless two paragraphs or more open on a colon (one alone is a sentence with a subject).
 */
export function divisionParagraphs(text: string, directory?: DepartmentDirectory): DivisionParagraph[] {
  const out: DivisionParagraph[] = [];
  let colons = 0;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (NUMBERED.test(line)) continue;
    const colon = COLON_OPENING.exec(line);
    const read = colon ? readOpening(colon[1], colon[2], directory) : null;
    if (read) {
      colons++;
      out.push(read);
      continue;
    }
    const etc = colons > 0 ? ETC_OPENING.exec(line) : null;
    const tail = etc ? readOpening(etc[1], etc[2].replace(/^.*?负责/, '负责'), directory) : null;
    if (tail) out.push({ ...tail, leads: false });
  }
  return colons >= 2 ? out : [];
}

/**
 * opening-lead: the sentence a division opens with, before its first paragraph on a colon, may say who leads the whole
 * work: 「在区政府的统一领导下，区民防办、应急管理局牵头，区发展改革委、规划资源局…等部门履行相应职责」 (奉贤区关于进一步推进
 * 应急避难场所建设的实施方案, 2022, 五、职责分工). Each such body, as its own paragraph names it (区应急管理局 for 应急管理局, the
 * level written once for the list).
 */
export function openingLeads(text: string, named: string[], directory?: DepartmentDirectory): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines.findIndex((line) => {
    const colon = COLON_OPENING.exec(line);
    return colon !== null && readOpening(colon[1], colon[2], directory) !== null;
  });
  if (first <= 0) return [];
  const leads = proseDuties(lines.slice(0, first).join('\n'), directory).filter((d) => d.role === 'lead').map((d) => d.name);
  return [...new Set(leads.map((name) => named.find((n) => n === name) ?? named.find((n) => n.endsWith(name)) ?? name))];
}

/** The responsibility such paragraphs give, or null: the openings read, one a line (each a list of its own). */
export function divisionResponsibility(text: string, directory?: DepartmentDirectory): { text: string; lead: string[]; support: string[]; joint: boolean; generic: string[] } | null {
  const paragraphs = divisionParagraphs(text, directory);
  if (paragraphs.length === 0) return null;
  const unique = (names: string[]) => [...new Set(names)];
  const named = unique(paragraphs.flatMap((p) => p.bodies));
  const byParagraph = unique(paragraphs.filter((p) => p.leads).flatMap((p) => p.bodies));
  const lead = byParagraph.length > 0 ? byParagraph : openingLeads(text, named, directory);
  const generic = unique(paragraphs.flatMap((p) => p.generic));
  const words = paragraphs.map((p) => p.opening).join('\n');
  if (lead.length > 0) return { text: words, lead, support: named.filter((n) => !lead.includes(n)), joint: false, generic };
  return { text: words, lead: named, support: [], joint: named.length > 1, generic };
}

/** The lines of a section, after its heading, divide the work in paragraphs headed by who answers. */
export function dividesByParagraph(title: string, lines: string[], directory?: DepartmentDirectory): boolean {
  return DIVISION_TITLE.test(title) && divisionParagraphs(lines.join('\n'), directory).length > 0;
}
