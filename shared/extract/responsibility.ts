// Who is responsible for a measure, read from its text. Two layouts are common:
//   - labelled lines: 责任单位：A（牵头），B、C / 牵头单位：A；配合单位：B、C / 责任单位：A、B;
//   - a parenthesis: （A牵头，B、C等有关部门按职责分工负责） / （A、B牵头，…） / （A、B等有关部门按职责分工负责）.
//   - less often, a bare sentence: 区人社局牵头，区财政局配合。
//   - or clauses inside the measure's own sentence: 由县税务局牵头，县财政局配合，于6月底前完成宣传。
// Labelled lines win, then parentheses. Names come back as written (whitespace removed), not folded.
//
// Roles: names marked 牵头 lead; the rest support. With no 牵头 anywhere, two or more named departments
// share the duty (joint, all listed in `lead`), and a single named department leads alone.
import { carryBureauOffice } from './list-level-prefix';
import type { DepartmentDirectory } from '../types';
import { withLabelColons } from './label-semicolon';
import { DUTY_LABEL_SRC, OTHER_FIELD_LABEL_SRC, SCOPE_FIELD_LABEL_SRC, beforeHandlers, dutyLabelRole, isHandlerLabel } from './duty-label';
import { isGenericActor, isNotAName, looksLikeBody, normalizeDepartmentName, readNameList } from './departments';
import { genericSubjects } from './generic-subject';
import { officeLeads, officeParagraphs } from './office-paragraphs';
import { divisionResponsibility } from './division-paragraphs';
import { sentenceDivisionResponsibility } from './division-sentences';
import { GUIDANCE_VERB, GUIDANCE_WORD } from './guidance-role';
import { isLeaderClause } from './leader-clause';
import { listedBodies } from './listed-after-lead';

export interface ResponsibilityRead {
  /** The words read, e.g. "（区财政局牵头，区税务局等有关部门按职责分工负责）"; null when none were found. */
  text: string | null;
  lead: string[];
  support: string[];
  joint: boolean;
  /** Generic actors (各镇街, 区政府有关部门) as written. */
  generic: string[];
}

type Role = 'lead' | 'support' | 'open';

interface Assigned {
  name: string;
  role: Role;
}

const WHOLE_LABEL = new RegExp(`^${DUTY_LABEL_SRC}$`);
const ANY_LABEL = new RegExp(`${DUTY_LABEL_SRC}|${OTHER_FIELD_LABEL_SRC}|${SCOPE_FIELD_LABEL_SRC}|(?:完成|办结)?(?:时限|时间节点|完成时间|期限|时间要求)\\s*[：:]`, 'g');

// host-assist: 主办 (hosts the work) leads as 牵头 does and 协办 (assists) supports as 配合 does: 「(省财政厅主办,省国税局、
// 地税局协办)」 (黑龙江省 2013年重点工作责任分工); only as the clause's closing verb, not inside a name or a phrase (主办方).
// 分别牵头: each body listed leads its own part (「市人力社保局、市农业农村局分别牵头」): all of them lead.
// A body named as the lead (or supporter, or the one answerable) of the work: 「办公室为处理政务公开事务的牵头责任部门」
// (上海市财政局政务公开工作规定), 「规划处为牵头处室」 — the role word closes the clause, the body opens it.
const NAMED_AS = (role: string) => new RegExp(`为(?:[^，。；,;]{0,30}的)?${role}(?:责任)?(?:单位|部门|[处科股]室)$`);
const NAMED_LEAD = NAMED_AS('牵头');
const NAMED_SUPPORT = NAMED_AS('(?:配合|协办)');
const LEAD_VERB = new RegExp(`(?:共同|负责|分别)?(?:牵头|主办)(?:负责|落实|推进|实施|抓总)?$|${NAMED_LEAD.source}`);
const SUPPORT_VERB = new RegExp(`(?:积极|密切|全力|协同|分别)?(?:配合|参与|协助|协办)(?:落实|实施|推进)?$|${NAMED_SUPPORT.source}`);
// organise-implement: 组织落实 (「区市场监管局组织落实」, 沪市监特种〔2023〕414号) says who carries the work out, as 负责落实 does.
// 研究提出落实意见: the wording of the State Council's division notices ("由A会同B等部门研究提出落实意见").
// handling-opinion: 研究提出了办理意见, the wording of its replies to a province's requests, where the bodies that studied
// each request say how they will handle it (「发展改革委会同水利部研究提出了办理意见：…」, 国办函〔2004〕71号).
const OPEN_VERB = /(?:按照?(?:各自)?职责(?:分工)?|按职能|分工|分别|共同|具体|结合实际|抓好|持续|组织)?(?:负责|落实|实施|推进)(?:落实|实施)?$|为责任(?:单位|部门)$|(?:负责)?研究提出了?(?:具体)?(?:落实|实施|办理)(?:意见|措施|办法)$/;

/** The role a clause's verb gives its names. `guidance`: 指导 counts, as it does inside a responsibility's brackets. */
function clauseRole(clause: string, guidance = false): { role: Role | null; names: string } {
  const verbs: [RegExp, Role][] = [[LEAD_VERB, 'lead'], [SUPPORT_VERB, 'support'], [OPEN_VERB, 'open']];
  if (guidance) verbs.push([GUIDANCE_VERB, 'open']);
  for (const [verb, role] of verbs) {
    const m = verb.exec(clause);
    if (m) return { role, names: clause.slice(0, m.index) };
  }
  return { role: null, names: clause };
}

// Round brackets, and the 〔〕 and 【】 some offices put around the responsibility instead.
const OPENING = '（(〔【[';
const CLOSING = '）)〕】]';

const ROLE_END = /(?:牵头|主办|负责|配合|参与|协助|协办)$/;

/** Splits on ，；。 outside brackets. */
function splitClauses(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of s) {
    if (OPENING.includes(c)) depth++;
    if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    // role-comma: 、 after a role's verb closes that role's clause (「厅政策法规处牵头、厅机关各处室配合」)
    if (depth === 0 && (/[，,；;。]/.test(c) || (c === '、' && ROLE_END.test(current)))) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((x) => x.trim()).filter((x) => x !== '');
}

/**
 * Reads one run of clauses. A name's role comes from its own mark (（牵头）), else its clause's verb
 * (牵头 / 配合), else the label the run sits under, else the verb of the next clause that has one.
 */
function readClauses(s: string, fixed: Role | null): Assigned[] {
  const clauses = splitClauses(s).map((clause) => clauseRole(clause.replace(/[。；;]+$/, ''), true));
  const out: Assigned[] = [];
  clauses.forEach((clause, i) => {
    const later = clauses.slice(i + 1).find((c) => c.role !== null)?.role ?? null;
    const role: Role =
      clause.role === 'lead' || clause.role === 'support' ? clause.role : fixed ?? clause.role ?? later ?? 'open';
    for (const item of readNameList(clause.names)) if (!isNotAName(item.name)) out.push({ name: item.name, role: item.mark ?? role });
  });
  // bureau-office-prefix: 市局 written on the first office holds for the bare offices of the clauses after it
  const named = carryBureauOffice(out.map((a) => a.name));
  return out.map((a, k) => (named[k] === a.name ? a : { ...a, name: named[k] }));
}

/** Content after a label runs to the next label, the line end, or an unbalanced closing bracket. */
function labelledSegments(text: string): { words: string; assigned: Assigned[] }[] {
  const labels = [...text.matchAll(ANY_LABEL)].map((m) => ({ at: m.index, end: m.index + m[0].length, label: m[0] }));
  const out: { words: string; assigned: Assigned[] }[] = [];
  for (let i = 0; i < labels.length; i++) {
    const { at, end, label } = labels[i];
    if (!WHOLE_LABEL.test(label)) continue;
    let stop = i + 1 < labels.length ? labels[i + 1].at : text.length;
    const nl = text.indexOf('\n', end);
    if (nl >= 0 && nl < stop) stop = nl;
    let depth = 0;
    for (let k = end; k < stop; k++) {
      const c = text[k];
      if (OPENING.includes(c)) depth++;
      if (CLOSING.includes(c)) {
        if (depth === 0) {
          stop = k;
          break;
        }
        depth--;
      }
    }
    const content = (isHandlerLabel(label) ? beforeHandlers(text.slice(end, stop)) : text.slice(end, stop)).replace(/[\s。；;，,]+$/, '');
    const words = text.slice(at, at + (end - at) + content.length).trim();
    out.push({ words, assigned: readClauses(content, dutyLabelRole(label)) });
  }
  return out;
}

/** Top-level bracket groups, with their offsets. */
function bracketGroups(text: string): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.includes(c)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSING.includes(c) && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return out;
}

const ROLE_WORD = /牵头|主办|负责|配合|参与|协助|协办|落实/;

/** A parenthesis that assigns duties: a role word, and names that look like bodies or generic actors. */
function parenthesisAssignments(inner: string, directory?: DepartmentDirectory): Assigned[] | null {
  if (inner.length > 300 || !(ROLE_WORD.test(inner) || GUIDANCE_WORD.test(inner))) return null;
  const assigned = readClauses(inner, null);
  if (assigned.length === 0) return null;
  if (!assigned.some((a) => looksLikeBody(a.name) || isGenericActor(a.name, directory))) return null;
  return assigned;
}

/**
 * bare-bodies-bracket: a bracket closing a line that holds nothing but names of bodies set apart by 、 (「…提振市场信心。
 * （厅规划处、厅运输处、厅港航处、各市交通运输局）」, 安徽省交通运输厅's 2025 disclosure list) names who answers, as 负责
 * would: each shares the duty. It stands after the item's last sentence; a bracket naming no body, holding other words, or
 * closing a sentence's own words (what a term takes in) is no such bracket.
 */
function bareBodiesBracket(text: string, directory?: DepartmentDirectory): { words: string; assigned: Assigned[] } | null {
  const groups = bracketGroups(text);
  for (const g of groups) {
    if (!/^[。；;]?\s*(?:\n|$)/.test(text.slice(g.end))) continue;
    // it stands after the item's last sentence, not inside it (「不得新建大型算力中心（包括通算中心、…）。」 lists what is meant)
    if (!/[。；;！!？?]\s*$/.test(text.slice(0, g.start))) continue;
    if (/[，,；;。：:（()）\s]/.test(g.inner)) continue;
    const names = readNameList(g.inner);
    if (names.length === 0 || names.some((n) => isNotAName(n.name) || !(looksLikeBody(n.name) || isGenericActor(n.name, directory)))) continue;
    if (!names.some((n) => !isGenericActor(n.name, directory))) continue;
    return { words: text.slice(g.start, g.end), assigned: names.map((n) => ({ name: n.name, role: 'open' as const })) };
  }
  return null;
}

/**
 * Roles across the passages a measure assigns duties in (one parenthesis, labelled line or sentence each).
 * Unmarked names share the duty (joint) only when one passage names them together; passages that each name
 * one body (一是…（A负责）；二是…（B负责）) give each body a lead of its own.
 */
function combine(passages: Assigned[][], directory?: DepartmentDirectory): Omit<ResponsibilityRead, 'text'> {
  const generic: string[] = [];
  const seen = new Map<string, Role>();
  let genericCarries = false;
  for (const a of passages.flat()) {
    const name = normalizeDepartmentName(a.name);
    if (isGenericActor(name, directory)) {
      if (!generic.includes(name)) generic.push(name);
      if (a.role !== 'support') genericCarries = true;
      continue;
    }
    const before = seen.get(name);
    if (before === undefined || a.role === 'lead') seen.set(name, before === 'lead' ? 'lead' : a.role);
  }
  const named = [...seen.entries()];
  const leads = named.filter(([, r]) => r === 'lead').map(([n]) => n);
  const supports = named.filter(([, r]) => r === 'support').map(([n]) => n);
  const open = named.filter(([, r]) => r === 'open').map(([n]) => n);
  if (leads.length > 0) return { lead: leads, support: [...open, ...supports], joint: false, generic };
  // Named supporters but no lead: the unmarked names are the leads.
  if (supports.length > 0 && open.length > 0) return { lead: open, support: supports, joint: false, generic };
  // 各乡镇负责，县水利局配合: the generic actors carry the duty, the named bodies still only assist.
  if (supports.length > 0 && genericCarries) return { lead: [], support: supports, joint: false, generic };
  const sharing = open.length > 0 ? open : supports;
  const together = passages.some((p) => new Set(p.map((a) => normalizeDepartmentName(a.name)).filter((n) => sharing.includes(n))).size > 1);
  return { lead: sharing, support: [], joint: sharing.length > 1 && together, generic };
}

// 「城镇房屋管理三项制度工作由房产部门牵头」: the work, 由, the body; not 由 inside a name (自由贸易区, 理由)
const BY_CLAUSE = /^[^由]{2,40}?(?:工作|事项|任务|制度|项目|职责)(由[^由]+)$/;
// by-work-words: any words naming the work before 由, when they are no body's name (「厅机关各工作组车辆安排由各联系的
// 高速公路管理处(公司)负责」): the names are those after the 由
const BY_WORDS = /^((?:(?!自由|理由|缘由|事由|经由)[^由]){2,40}?)(由[^由]+)$/;
function byWords(whole: string): RegExpExecArray | null {
  const m = BY_WORDS.exec(whole);
  if (!m || /[、，,]/.test(m[1]) || looksLikeBody(m[1])) return null;
  return Object.assign([m[0], m[2]], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
}

/** One clause that assigns a duty ("区人社局牵头", "由县财政局负责"), or null. */
function clauseAssignment(clause: string, directory?: DepartmentDirectory): { assigned: Assigned[]; strong: boolean } | null {
  const { role, names: whole } = clauseRole(clause);
  // by-clause: 「…工作由A牵头」 names the work, then 由 the body: the names are those after the 由
  const by = BY_CLAUSE.exec(whole) ?? byWords(whole);
  const names = by ? by[1] : whole;
  // 由A牵头 / 由A负责: the 由 marks the clause as an assignment even inside a longer sentence.
  const byMark = /^由/.test(names);
  const listed = readNameList(names.replace(/^由/, ''));
  if (role === null || listed.length === 0) return null;
  if (!listed.every((x) => looksLikeBody(x.name) || isGenericActor(x.name, directory))) return null;
  return { assigned: listed.map((x) => ({ name: x.name, role: x.mark ?? role })), strong: byMark || role !== 'open' };
}

/**
 * A sentence that assigns duties, with no brackets. Either every clause assigns ("区人社局牵头，区财政局
 * 配合。"), or the sentence also says what to do and its assigning clauses are unmistakable: a 牵头 / 配合
 * verb or a 由 before the names ("由县税务局牵头，县财政局配合，于6月底前完成宣传"). A lone "A负责" inside a
 * longer sentence is too weak to count.
 */
function sentenceAssignments(sentence: string, directory?: DepartmentDirectory): { words: string; assigned: Assigned[] } | null {
  const clauses = splitClauses(sentence);
  if (clauses.length === 0 || sentence.length > 200) return null;
  const reads = clauses.map((c) => ({ clause: c, read: clauseAssignment(c, directory) }));
  // Assigning clauses come as a run that opens the sentence or opens with 由; a 牵头 clause after some
  // other words ("企业牵头，高校配合，共建平台") is a description, not an assignment.
  const hits: typeof reads = [];
  let inRun = true;
  for (const r of reads) {
    // leader-opening: the leader (a person) who answers, named before the bodies, keeps the run going
    if (r.read === null && inRun && isLeaderClause(r.clause)) continue;
    // listed-after-lead: bodies listed right after the lead's clause work with it (「教务处牵头，经济管理学院以及试点学院等，
    // 与…共同建立…」)
    const listed = r.read === null && inRun && hits.length > 0 && hits[hits.length - 1].read?.assigned.some((a) => a.role === 'lead') ? listedBodies(r.clause, directory) : null;
    if (listed !== null) {
      hits.push({ clause: r.clause, read: { assigned: listed.map((name) => ({ name, role: 'support' as const })), strong: false } });
      inRun = false;
      continue;
    }
    if (r.read === null) inRun = false;
    else if (inRun || /^由/.test(r.clause)) {
      inRun = true;
      hits.push(r);
    }
  }
  if (hits.length === 0) return null;
  if (hits.length < reads.length && !hits.some((r) => r.read?.strong)) return null;
  return {
    words: hits.length === reads.length ? sentence : hits.map((r) => r.clause).join('，'),
    assigned: hits.flatMap((r) => r.read?.assigned ?? []),
  };
}

const SENTENCE_END = /(?:[。！；]|(?<=办理意见)[：:])$/;

export function readResponsibility(read: string, directory?: DepartmentDirectory): ResponsibilityRead {
  // label-semicolon: 「(责任单位;A、B)」 names its bodies as 「(责任单位:A、B)」 does
  const text = withLabelColons(read);
  const labelled = labelledSegments(text);
  if (labelled.length > 0) {
    return { text: labelled.map((s) => s.words).join('\n'), ...combine(labelled.map((s) => s.assigned), directory) };
  }
  // division-paragraphs: paragraphs each opening on who answers and a colon (市房产局：负责牵头…) divide the work
  const division = divisionResponsibility(text, directory);
  if (division !== null) return division;
  // division-sentences: such a section's paragraphs opening on who answers with no colon
  const bySentence = sentenceDivisionResponsibility(text, directory);
  if (bySentence !== null) return bySentence;
  const groups = bracketGroups(text)
    .map((g) => ({ g, assigned: parenthesisAssignments(g.inner, directory) }))
    .filter((x) => x.assigned !== null);
  if (groups.length === 0) {
    const bare = bareBodiesBracket(text, directory);
    if (bare !== null) return { text: bare.words, ...combine([bare.assigned], directory) };
    // handling-opinion: the opinion's colon ends the sentence naming who handles the request (「…研究提出了办理意见：…」)
    const sentences = text
      .split(/(?<=[。！；\n]|办理意见[：:])/)
      .map((x) => x.trim())
      .map((x) => ({ whole: x, read: sentenceAssignments(x.replace(SENTENCE_END, ''), directory) }))
      .flatMap((x) => (x.read === null ? [] : [{ words: x.read.words === x.whole.replace(SENTENCE_END, '') ? x.whole : x.read.words, assigned: x.read.assigned }]));
    // paragraphs that each open on an office's name with its duties divide the work among those offices
    const offices = sentences.length === 0 ? officeParagraphs(text).filter((n) => !isGenericActor(n, directory)) : [];
    const leads = officeLeads(text).filter((n) => offices.includes(n));
    if (offices.length >= 2 && leads.length > 0) return { text: offices.join('\n'), lead: leads, support: offices.filter((n) => !leads.includes(n)), joint: false, generic: [] };
    if (offices.length >= 2) return { text: offices.join('\n'), lead: offices, support: [], joint: true, generic: [] };
    // no one named: a generic actor as a sentence's subject still says whose duty it is
    if (sentences.length === 0) return { text: null, lead: [], support: [], joint: false, generic: genericSubjects(text, (n) => isGenericActor(n, directory)) };
    return { text: sentences.map((x) => x.words).join('\n'), ...combine(sentences.map((x) => x.assigned), directory) };
  }
  return {
    text: groups.map((x) => text.slice(x.g.start, x.g.end)).join('\n'),
    ...combine(groups.map((x) => x.assigned as Assigned[]), directory),
  };
}

/** True when the text assigns a duty to someone (a labelled line or a responsibility parenthesis). */
export function hasResponsibility(text: string, directory?: DepartmentDirectory): boolean {
  return readResponsibility(text, directory).text !== null;
}
