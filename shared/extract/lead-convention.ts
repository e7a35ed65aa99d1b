// Refiner: a convention stated once for the whole document, in the responsibility of one measure.
//   - who leads: "列第一位的为牵头单位，下同" (and its wordings: 排在首位的, 第一个单位为牵头单位, 列首位者…,
//     首位单位为牵头单位, 列第一位者为牵头或汇总单位, and after an exception: 除标注“分别牵头”外，列第一位为…): from that measure on, the first specific body listed leads and
//     the rest support;
//   - who else always takes part: "具体任务均涉及相关市（州）人民政府，不再做分工，下同" (or "以下均需试点城市政府落实，
//     不再列出"): that generic actor is part of every later measure's responsibility. A body named there beside it
//     ("以下均需各区政府、北京经济技术开发区管委会负责，不再列出") takes part in every later measure as one of its
//     bodies: it shares a duty shared or led alone, and supports where a lead has supporters.
// The convention's words are taken out before the responsibility is read, so they never become departments; written
// in brackets of their own after a body (县发改局（首位单位为牵头单位，下同）), the brackets go with them.
// Without 下同 (or its wordings) a convention holds for its own measure only.

import { isGenericActor, looksLikeBody, readNameList } from './departments';

export type ConventionKind = 'first-leads' | 'generic-everywhere';

export interface Convention {
  kind: ConventionKind;
  /** The words as written. */
  words: string;
  /** It holds for the measures after this one too (下同). */
  onward: boolean;
  /** For generic-everywhere: the actor (the generic part of what is named). */
  actor?: string;
  /** For generic-everywhere: the specific bodies named beside the generic actor. */
  bodies?: string[];
}

/** The generic actors and the specific bodies of a convention's list. */
function splitActor(actor: string): { actor?: string; bodies: string[] } {
  const names = readNameList(actor).map((n) => n.name);
  const bodies = names.filter((n) => !isGenericActor(n) && looksLikeBody(n));
  if (bodies.length === 0) return { actor, bodies };
  const generic = names.filter((n) => !bodies.includes(n));
  return { actor: generic.length > 0 ? generic.join('、') : undefined, bodies };
}

const ONWARD = '(?:[，,、]?\\s*(?:下同|以下同|后同|全文同|以下各项同|以下均同))';
// 为牵头单位, and the wording of offices that also collect the reports: 为牵头或汇总单位, 为牵头单位或汇总单位.
const LEADS = '为牵头(?:或汇总)?(?:单位|部门)(?:或汇总(?:单位|部门))?';
// An exception written before the rule: 「除标注“分别牵头”外，列第一位为牵头或汇总单位」 (where a measure marks its own
// leads, they stand; the rule never overrides a measure's own marks anyway).
const EXCEPT = '(?:除(?:标注|注明|标明|另有|特别)?[“"‘]?[^，,。；;（）()“”"]{1,10}[”"’]?(?:的|者|事项)?(?:以)?外[，,]?\\s*)?';
const FIRST_LEADS = new RegExp(
  `[，,；;]?\\s*${EXCEPT}(?:排?列|排名|排|居)?(?:在)?(?:第一位|首位|第一个|第一)(?:的|者)?(?:责任)?(?:单位|部门)?${LEADS}${ONWARD}?`,
);
// a name may hold a bracket, round or hexagonal: 各市（州）, 各市〔州〕
const ACTOR = '((?:[^，,。；;〕）)（(〔]|[（(〔][^）)〕]*[）)〕]){2,30}?)';
// not-repeated-except: the convention may open on its exception, 「除专门列出外，以下任务均涉及…，不再重复」 (where a task
// names its own, they stand)
const UNLESS_LISTED = '(?:除(?:专门|特别|另行|单独|另有)?(?:列出|注明|标注|标明|明确|规定)(?:的|者)?外[，,]?\\s*)?';
const NOT_AGAIN = `[，,]\\s*(?:以下|下同|后同)?(?:均|都)?不再(?:做|作|单独|逐一|一一|另行)?(?:分工|列出|列明|重复|标注)`;
// every-work-item: the same said of the work items, 「以下各项工作均需要各单位负责，不再单独列出」 (沪市监特种〔2022〕27号)
// also-body: a body given its own share beside the actor before the words close (「以下均需区市场监管局落实，市局执法总队负责
// 上海化学工业区内的特种设备相关监管工作，不再单独列出」, 沪市监特种〔2023〕414号) takes part in every later measure as well
const ALSO_BODY = '(?:[，,]\\s*([^，,。；;（(）)]{2,20}?(?:队|局|处|中心|委|办))负责[^，,。；;]{2,40}?)?';
const GENERIC_EVERYWHERE = new RegExp(
  `[，,；;。]?\\s*${UNLESS_LISTED}(?:(?:以下|下文|下列)?(?:具体任务|各项任务|各项工作|以上任务|相关任务|任务)?(?:均|都)?(?:涉及|需要|需|须)${ACTOR}|${ACTOR.replace('(', '((?:各|相关|有关)')})(?:需|须|要|应|均)?(?:负责落实|负有落实责任|落实|参与|负责)?${ALSO_BODY}${NOT_AGAIN}${ONWARD}?`,
);

export interface ConventionRead {
  /** The text with the convention's words taken out. */
  text: string;
  conventions: Convention[];
}

const isOnward = (words: string) => /下同|以下同|后同|全文同|以下各项同|以下均同/.test(words);

export function readConventions(text: string): ConventionRead {
  const conventions: Convention[] = [];
  let rest = text;
  const lead = FIRST_LEADS.exec(rest);
  if (lead) {
    conventions.push({ kind: 'first-leads', words: lead[0].replace(/^[，,；;\s]+/, ''), onward: isOnward(lead[0]) });
    rest = rest.slice(0, lead.index) + rest.slice(lead.index + lead[0].length);
  }
  const generic = GENERIC_EVERYWHERE.exec(rest);
  if (generic) {
    // "不再列出" speaks of the rest of the document: it holds onward even without 下同
    const split = splitActor((generic[1] ?? generic[2]).trim());
    const actor = split.actor;
    const bodies = generic[3] ? [...split.bodies, generic[3].trim()] : split.bodies;
    conventions.push({ kind: 'generic-everywhere', words: generic[0].replace(/^[，,；;。\s]+/, ''), onward: true, actor, ...(bodies.length > 0 ? { bodies } : {}) });
    rest = rest.slice(0, generic.index) + rest.slice(generic.index + generic[0].length);
  }
  // Brackets the words stood in alone go with them: "县发改局（首位单位为牵头单位，下同）、县财政局" → "县发改局、县财政局".
  if (conventions.length > 0) rest = rest.replace(/[（(]\s*[）)]/g, '');
  // A separator left dangling before a closing bracket: "…负责。〕" → "…负责〕".
  rest = rest.replace(/[，,；;。]+(\s*[〕）)】])/g, '$1');
  return { text: rest, conventions };
}

/** What the conventions in force do to one measure's reading. */
export interface Reading {
  lead: string[];
  support: string[];
  joint: boolean;
  generic: string[];
}

export function applyConventions(read: Reading, conventions: readonly Convention[]): Reading {
  let out = read;
  for (const c of conventions) {
    if (c.kind === 'first-leads' && out.joint && out.lead.length > 1) {
      out = { ...out, lead: [out.lead[0]], support: [...out.lead.slice(1), ...out.support], joint: false };
    }
    if (c.kind === 'generic-everywhere' && c.actor && !out.generic.includes(c.actor)) {
      out = { ...out, generic: [...out.generic, c.actor] };
    }
    for (const body of c.kind === 'generic-everywhere' ? (c.bodies ?? []) : []) {
      if (out.lead.includes(body) || out.support.includes(body)) continue;
      if (out.support.length > 0 && !out.joint) out = { ...out, support: [...out.support, body] };
      else out = { ...out, lead: [...out.lead, body], joint: out.lead.length > 0 };
    }
  }
  return out;
}
