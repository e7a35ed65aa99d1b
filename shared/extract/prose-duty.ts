// Duties written only in the prose: a policy that names no responsibility bracket, label or duty line gives each
// measure's work to a body as the subject of a sentence ("临港地区管委会负责统筹…", "由市发展改革委会同市财政局
// 制定…", "市教委要…"). Read only for a measure with no responsibility of its own and none from a convention or
// its heading. The body said to 负责/牵头/统筹 the work leads; the bodies after 会同 support; other subjects of a
// duty (要, 应, 将, 组织, 制定, 做好) share it, and support when another body leads. A town named alone stands for its
// government (南汇新城镇…重点做好社会管理).
// Never read: a body as an object or beneficiary (支持…, 向…申请, 经…批准, 报…备案), a body inside a quoted title
// 《…》, a clause that only qualifies a noun (…制定的办法), a generic actor (各区人民政府), a kind of actor that is no
// body (企业, 高校) or a person.
import type { DepartmentDirectory } from '../types';
import { isGenericActor, isNotAName, looksLikeBody, readNameList } from './departments';
import { itemOwners } from './item-owners';

export type ProseRole = 'lead' | 'support' | 'open';

export interface ProseDuty {
  name: string;
  role: ProseRole;
}

// the verb right after a sentence's subject, and its role
const SUBJECT_VERBS: [string, ProseRole][] = [
  ['负责', 'lead'],
  ['牵头', 'lead'],
  ['统筹', 'lead'],
  ['会同', 'open'],
  ['协同', 'open'],
  ['组织', 'open'],
  ['制定', 'open'],
  ['要', 'open'],
  ['应', 'open'],
  ['将', 'open'],
  ['做好', 'open'],
  // subject-sets-up: a body that sets up the mechanism of the work carries it (「镇领导小组办公室建立完善的…巡查制度」)
  ['建立', 'open'],
  // subject-pushes: a body that pushes the work forward carries it (「消委办推动为独居老人家庭安装…」)
  ['推动', 'open'],
  // subject-commissions: a body that commissions or reviews a step carries it (「镇规划建设办及时委托…编制可行性研究报告」
  // 「镇规划建设办审核并提交镇政府研究」, 月浦镇, 2019)
  ['委托', 'open'],
  ['审核', 'open'],
  // subject-issues: a body that returns a filed form or issues a permit carries the step (「镇规建办反馈
  // 建设单位《…备案表》一份，并发放施工许可证」, 七宝镇, 2020)
  ['反馈', 'open'],
  ['发放', 'open'],
  // mechanism-roles: bodies taking part in a mechanism another body leads support it (「建立由教务处牵头，学生处、人事处、
  // 科技处共同参与的…三级管理体系」, 哈尔滨工业大学（威海）, 2016)
  ['参与', 'support'],
  // subject-draws-on: a body that does the work drawing on its own (「局综合科结合我局日常工作和公开目录，及时收集、审核、
  // 发布各类应主动公开的信息」, a county bureau's 政务公开 points)
  ['结合', 'open'],
  // staffing-share: bodies that each send staff to the groups doing the work share it (「市规划局、财政局各安排1名副局长，
  // …组成1个督查小组」, a city's 2004 supervision plan)
  ['各安排', 'open'],
  ['各派', 'open'],
  ['各抽调', 'open'],
];
// 由 … 承担 / 统一管理: after 由 the clause is an assignment by itself; 由A将…融入… (by-disposal): A does what 将 takes
const BY_VERBS: [string, ProseRole][] = [...SUBJECT_VERBS.filter(([v]) => !['要', '应', '将', '做好'].includes(v)), ['承担', 'open'], ['统一', 'open'], ['将', 'open']];

const CLAUSE_END = /[，,。；;！!：:\n]/;
// a verb that ends in a noun for a person: 法规处主要负责人为小组副组长 names the office's head, not the office's duty
const NOUN_AFTER_VERB = /^(?:人|同志)/;
// kinds of actor and functions described, never one body: 企业, 高校, 国资主管部门, 国务院部门 (research-kinds: 科研院所,
// 科研机构, 中央高校, 「中央高校、科研院所要根据科研工作的特点…」, 国办发〔2018〕127号: every one of the kind); and the government of
// the policy's level speaking for itself (省政府将对…开展抽查; town-self: a town's, 镇政府将及时委托…, 吴泾镇, 2021), or its
// office overseeing the work (区政府办公室要加强督导调度), which issues the work rather than carries it
// (kinds of enterprise, 保险公司, 物业公司, 商业银行, named by what they do and not by a name of their own, are none either)
const NOT_A_BODY = /^(?:企业|(?:中央|地方)?高校|学校|医院|社会组织|科研院所|科研机构|科研单位)$|^(?:保险|物业|物业服务|担保|开发|房地产开发|建设|施工|运营)?(?:公司|企业)$|^(?:商业)?银行$|(?:部门|单位|机构)$|^(?:国务院|[省市县区州旗镇乡](?:人民)?政府)(?:办公室|办公厅)?$/;
// a run that opens with a verb or a preposition is the object of that word, not a subject (加强临港地区管委会…,
// 支持市属国企…, 向市财政局申请, 经市政府批准, 报国务院备案); disposal-opening: 将 as 把 (「将消防救援队伍…的表彰奖励纳入区委、
// 区政府以及群团组织表彰奖励范围」, 黄浦区, 2024), 将乐县 aside; there-should-be: 「应有专门人员负责」 says someone is to
// be found for the work, no subject
const VERB_OPENING = /^(?:(?:应|要|须|需)有|将(?!乐)|加强|加快|支持|推动|推进|鼓励|引导|完善|建立|健全|促进|深化|发挥|强化|落实|依托|通过|按照|根据|经(?!济|信)|报|向|对|在|为|请|把|关于|围绕|积极|进一步|全力|充分|做好|开展|实施|组织(?!部)|指导|督促|配合|协助|争取|吸引|培育|打造|优化|提升|授权|委托)/;

const PARTNER_OPENING = /^(?:会同|协同|配合|协助|联合)/;

/** A specific body: the existing recognisers say it looks like a body, and it is no generic actor or kind. */
// a run holding a quoted title or a document number (…保险按照《…》（建质〔2017〕169号）要求) is a citation, no name
const CITATION = /[《》〔〕]/;

// action-subject: words opening on a verb of action (「贯彻落实市委十一届七次全会、八次全会暨经济工作会议部署要求」, 天津市's
// 2020 任务分工) or naming a meeting's decisions (全会, 会议部署, 会议精神) state the work or its source, never the body doing
// it, whatever their last character (部署 is no 署); a standing meeting's office (联席会议办公室) is still a body
const ACTION_SUBJECT = /^(?:贯彻|落实|推进|推动|坚持|加强|深入|深化|全面|统筹|实施|做好|完善|加快|围绕|按照|根据)|全会|会议(?:部署|精神|要求|决定)/;

function isSpecificBody(name: string, directory?: DepartmentDirectory): boolean {
  // a description holding 的 (主导用途为工业用地…的建筑平面布局) is no name
  if (name.includes('的')) return false;
  return isBody(name) && !isGenericActor(name, directory) && !isNotAName(name) && (!NOT_A_BODY.test(name) || ownerDepartment(name)) && !CITATION.test(name) && !ACTION_SUBJECT.test(name);
}

// owner-department: a department written after the full name of the body it belongs to (「自贸试验区管委会保税区管理局规划
// 土地管理部门」「…管理局执法部门」, 中（沪）自保管〔2021〕175号) is that body's own office, one body, not a kind of department
const OWNER_DEPARTMENT = /^(.{4,}?(?:管理局|管委会|委员会|人民政府))([\u4e00-\u9fa5]{2,10}部门)$/;
function ownerDepartment(name: string): boolean {
  const m = OWNER_DEPARTMENT.exec(name);
  return m !== null && isBody(m[1]);
}

// a town named alone stands for its government (南汇新城镇…重点做好社会管理); kinds of town are no body
const TOWN = /^(?:(?!各)[\u4e00-\u9fa5]){1,4}(?:镇|乡|街道)$/;
const KIND_OF_TOWN = /^(?:乡镇|城镇|小城镇|小镇|特色小镇|村镇|集镇|重镇|名镇|中心镇|重点镇|街道|镇街道)$/;
// a word of manner between the subject and its verb (四镇重点做好…, 临港地区管委会统一管理); by-duty-manner: 按其职责 as
// well (「省公路局、运管(征稽)局…按其职责组织若干工作组」, a provincial department's bodies, 湖北省交通厅)
// (time-adverbial: 「…规划土地管理部门在审批时应当严格把关」, the time of the duty between the subject and its modal;
// rhythm-adverbial: 「镇市容管理领导小组办公室不定期组织…检查考核」, 罗店镇, 2020; separately-adverbial: 另行, 「…规则由镇采购办
// 另行制定」, 七宝镇, 2020)
const MANNER = /(?:另行|重点|继续|进一步|切实|认真|主要|具体|分别|共同|按(?:其|照)?(?:各自)?职责(?:分工)?|在[\u4e00-\u9fa5]{1,8}时|及时|(?:不)?定期|每(?:月|季度|年|周))$/;
// 「（以下统称“四镇”）」: the short name a document gives, no part of a name
const SHORT_NAME = /[（(]以下(?:统称|简称|称)[^（()）]*[）)]/g;

function isBody(name: string): boolean {
  return looksLikeBody(name) || (TOWN.test(name) && !KIND_OF_TOWN.test(name));
}

/**
 * 奉贤区和临港地区管委会: a place standing for its government, joined by 和/及/与 to the next body. either-or: 或 joins the
 * last of a list to its rest the same way, a generic actor on either side (「头桥集团或区政府相关部门(单位)」: whichever
 * owns the site).
 */
function splitPlaceJoin(name: string, directory?: DepartmentDirectory): string[] {
  for (const m of name.matchAll(/和|及|与|或/g)) {
    const left = name.slice(0, m.index);
    const right = name.slice((m.index ?? 0) + 1);
    const either = m[0] === '或';
    const ok = (n: string) => isBody(n) || (either && isGenericActor(n, directory));
    if (ok(left) && ok(right) && (isBody(left) || isBody(right))) return [left, ...splitPlaceJoin(right, directory)];
  }
  return [name];
}

// staff-subject: a body's staff as a subject (派出所民警要…, 街道安监所工作人员负责…) carry that body's duty; staff with no
// body before them (居委老龄干部、安全干部要…) are persons, no body (干部 ends the way 部 does)
// (a government's 负责人 heading a mechanism, 由政府负责人牵头, is a person; the body must be a specific one)
// (staff-team: teachers, professors and experts and their teams are persons too, 「由学院内高水平教授及其团队指导」, 2016)
const STAFF = /(?:工作人员|干部|民警|人员|同志|负责人|(?:教授|教师|专家)(?:及其)?(?:团队)?|团队)$/;

/** The body whose staff a name is (派出所民警 → 派出所), the name itself when it names no staff, null for persons. */
export function staffBody(name: string, directory?: DepartmentDirectory): string | null {
  const staff = STAFF.exec(name);
  if (!staff) return name;
  const body = name.slice(0, staff.index);
  return body.length >= 2 && body !== '政府' && isSpecificBody(body, directory) ? body : null;
}

// kind-named: a kind of unit with its name in brackets (「系统维护单位（数交公司）负责…」, 吴泾镇, 2021) is the body named
const KIND_NAMED = /^[\u4e00-\u9fa5]{2,10}(?:单位|机构|部门)[（(](?!含|包括)([^（()）]{2,16}?)(?<!单位|机构|部门)[）)]$/;
export function kindNamed(name: string): string {
  return KIND_NAMED.exec(name)?.[1] ?? name;
}

// concerned-list: 「由所涉及的A、B…等省级主管部门（单位）牵头完成」 (四川省, 2014): the bodies each concerned with a part, a
// list that may run long (up to 160 characters when its names are divided by 、); 所涉及的 qualifies the list, and the
// kind of bodies after 等 (等省级主管部门（单位）) names no one more; the government's own office named in such a list
// beside two specific bodies or more (省政府办公厅、住房城乡建设厅、…) is one of them, not the issuer speaking
const CONCERNED = /^(?:所涉及的|所涉及|涉及的)/;
const ETC_KIND = /等[^、，,等]{0,12}?(?:部门|单位|机构)(?:[（(][^（）()]{1,6}[）)])?$/;
const OWN_OFFICE = /^(?:国务院|[省市县区州旗](?:人民)?政府)(?:办公室|办公厅)$/;

// sent-to: papers sent to an office for it to act on (「提交相关资料至镇规建办审核」, 「…共同签署会签单位意见后交至镇规建办
// 审核」, 七宝镇, 2020): the office after 至 acts; the sending before it is no part of a name
const SENT_TO = /^[^。；;]*?(?:提交|报送|上报|移交|转交|交|报|送)[^。；;，,]{0,12}?至/;

/** The names of `s` when all of it is a list of bodies, at least one of them specific; null otherwise. */
function bodyList(s: string, directory?: DepartmentDirectory): string[] | null {
  s = s.replace(CONCERNED, '').replace(SENT_TO, '');
  if (s.includes('、')) s = s.replace(ETC_KIND, '');
  if (s === '' || s.length > (s.includes('、') ? 160 : 60) || VERB_OPENING.test(s)) return null;
  const staffed = readNameList(s).flatMap((x) => splitPlaceJoin(kindNamed(x.name), directory)).map((n) => staffBody(n, directory));
  if (staffed.some((n) => n === null)) return null;
  const names = staffed as string[];
  if (names.length === 0 || !names.every((n) => isBody(n) || isGenericActor(n, directory))) return null;
  const specific = names.filter((n) => isSpecificBody(n, directory));
  const listed = specific.length >= 2 ? names.filter((n) => specific.includes(n) || OWN_OFFICE.test(n)) : specific;
  return listed.length > 0 ? listed : null;
}

const NAME_GOES_ON = /[门局委办室会院处所队部站馆团社联协府厅构组科股校心区县]/;

// with-run-end: the bodies after 会同 end before a word of time or place or the verb they share (「会同浦东新区和奉贤区每年在
// …选取4个试点镇」, 「协同浦东新区和奉贤区统筹推进…」)
const WITH_RUN_END = /每年|每季度|每月|定期|在|于|按照|统筹|共同|联合|选取|开展|推进|研究/;

// the end of a body's own name: what the entrusted body's name must close on, the work it is given following at once
const BODY_END = /[门局委办室会院处所队部站馆团社联协府厅构组科股校心]$/;

/** The bodies named right after 会同: the longest run of the clause that reads as a list of bodies. `named`: the run
 *  must close on a body's own name, holding no figure (「委托经济管理学院开出4门课程」: the school, not 开出4门). */
export function withBodies(rest: string, directory?: DepartmentDirectory, named = false): string[] {
  const stop = WITH_RUN_END.exec(rest);
  if (stop && stop.index >= 2) rest = rest.slice(0, stop.index);
  for (let end = Math.min(rest.length, 60); end >= 2; end--) {
    // a run that stops inside a name (国资主管部|门) is no list
    if (NAME_GOES_ON.test(rest[end] ?? '')) continue;
    if (named && (!BODY_END.test(rest.slice(0, end)) || /[\d０-９]/.test(rest.slice(0, end)))) continue;
    const names = bodyList(rest.slice(0, end), directory);
    if (names !== null) return names;
  }
  return [];
}

// a sub-item's mark opening a clause ((2), ①, 1.) is no part of its subject
const ITEM_MARK = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳]|\d{1,2}[.．、])\s*/;
// 应 as a word's first character (应急, 应对, 应用, 应届) is no modal verb
const NOT_MODAL = /^(?:急|对|用|届|收|缴|付|聘|征|答)/;

// by-opening: a clause opening on 由 and bodies gives them the work when a verb of doing it follows them (「未…开通的人员，
// 由镇城运中心开通账号」); a making-up, an approval or an issuing (由…组成, 由市政府批准, 由区政府印发) is no such verb, nor
// anything that goes on a name or a thing (由房屋结构倒塌赔付基金…赔付)
// (by-owner-offices: a deciding or an asking an office of the issuer does, 「由…土地招拍挂办公室委托…评估」「由…领导小组集体
// 决策」「由…规划土地管理部门审定」「由…办公室向规划土地管理部门征询…」, 中（沪）自保管〔2021〕175号; by-object: the work's
// object after 对, then the verb, 「由镇规建办、安监所对在建…工程履行…监督程序」, 七宝镇, 2020)
const BY_DUTY_VERB = /^(?:开通|开展|办理|提供|实施|完成|核查|核实|审核|审定|受理|发放|出具|编制|督促|指导|协调|跟进|通知|收集|汇总|上报|报送|录入|维护|安排|进行|予以|给予|实行|落实|委托|集体决策|向[^，,。；;]{2,30}征询|对[^，,。；;]{1,40}?(?:履行|进行|实施|开展))/;

const WAY_OFFERED = /(?:采取|采用)$/;
// 牵头 followed by its own work, not by the bodies it leads (「由平安办牵头核查所涉场地权属」)
const WORK_AFTER_LEAD = /^(?:[，,、]|核|检|审|开展|组织|负责|推进|实施|制定|落实|做好|完成|办理|协调|研究|编制|抓|做)/;

/** The bodies of a clause opening on 由, the longest run after it that reads as bodies followed by a verb of doing. */
function byOpening(clause: string, directory?: DepartmentDirectory): ProseDuty[] | null {
  // (then-by: 「若以上流程均通过，则由平安办落实…」, 则 before 由)
  const by = /^则?由/.exec(clause);
  if (!by) return null;
  const rest = clause.slice(by[0].length);
  for (let end = Math.min(rest.length - 1, 60); end >= 2; end--) {
    if (!BY_DUTY_VERB.test(rest.slice(end))) continue;
    const names = bodyList(rest.slice(0, end), directory);
    if (names !== null) return names.map((name) => ({ name, role: 'open' as const }));
  }
  return null;
}

// request-subject: 请 and the bodies asked, in a notice of the office that speaks for the government (「请财政部落实…」,
// 「请人力资源社会保障部会同有关部门…制定出台具体操作办法」, 「请科技部、…、卫生健康委等部门在2019年2月底前完成」,
// 国办发〔2018〕127号): the bodies asked do the work; 请示, 请求 and the like are other words. A body asked only to report
// or send a form (「请服务办于7月21日前上报《…》至消委办」, a street's 工作要求) is given no task by it.
const REQUEST = /^请(?![示求假柬教])/;
const REPORT_ONLY = /上报|报送|报告|反馈|提交/;
// what follows the bodies asked: the time, manner or partner of the work, or its verb
const AFTER_ASKED = /^(?:会同|在|于|按|根据|依据|结合|对|将|落实|研究|制定|牵头|负责|组织|抓紧|尽快|进一步|明确|修订|完善|做好|提出|商)/;

/** The bodies a clause opening on 请 asks to act: the longest run after 请 that reads as bodies, before what they are to do. */
function requestOpening(rest: string, directory?: DepartmentDirectory): ProseDuty[] | null {
  for (let end = Math.min(rest.length - 1, 60); end >= 2; end--) {
    if (!AFTER_ASKED.test(rest.slice(end))) continue;
    const names = bodyList(rest.slice(0, end), directory);
    if (names !== null) return names.map((name) => ({ name, role: 'open' as const }));
  }
  return null;
}

// named-owner: a body named the department in charge of the work (「镇规建办为限额以下工程项目管理的主管部门，负责推进…」,
// 七宝镇, 2020) leads it, as 负责 would
const NAMED_OWNER = /^(.{2,30}?)为[^，,。；;]{0,40}?(?:主管|牵头|责任|主责)(?:部门|单位)$/;

/** The duty a clause's subject carries: "A负责…", "由A会同B制定…"; null when the clause assigns none. */
function clauseDuties(clause: string, directory?: DepartmentDirectory): ProseDuty[] | null {
  clause = clause.replace(ITEM_MARK, '');
  const owner = NAMED_OWNER.exec(clause);
  const owners = owner ? bodyList(owner[1], directory) : null;
  if (owners) return owners.map((name) => ({ name, role: 'lead' as const }));
  if (REQUEST.test(clause)) {
    const rest = clause.slice(1);
    if (REPORT_ONLY.test(rest)) return null;
    return subjectDuties(rest, directory) ?? requestOpening(rest, directory);
  }
  return subjectDuties(clause, directory);
}

function subjectDuties(clause: string, directory?: DepartmentDirectory): ProseDuty[] | null {
  const by = clause.indexOf('由');
  // ways-offered: 由 after 采取/采用 names one way the work may be done, among others (「可以采取由区绿化市容局统一改造、
  // 纳入旧房修缮改造计划或者自行改造三种方式」, 友谊路街道, 2019): no one is given it
  if (by >= 0 && WAY_OFFERED.test(clause.slice(0, by))) return null;
  const tries: { from: number; verbs: [string, ProseRole][] }[] = [{ from: 0, verbs: SUBJECT_VERBS }];
  if (by >= 0) tries.unshift({ from: by + 1, verbs: BY_VERBS });
  for (const { from, verbs } of tries) {
    const s = clause.slice(from);
    const found = verbs
      .flatMap(([verb, role]) => {
        const out: { at: number; verb: string; role: ProseRole }[] = [];
        for (let at = s.indexOf(verb); at >= 0; at = s.indexOf(verb, at + 1)) out.push({ at, verb, role });
        return out;
      })
      .sort((a, b) => a.at - b.at);
    for (const { at, verb, role } of found) {
      // …制定的办法: the clause qualifies a noun, it gives no duty; 主要负责人, 牵头人: a person, no duty
      // (mechanism-roles: 「B、C共同参与的…体系」 under a lead names B and C taking part, 的 and all)
      if ((s[at + verb.length] === '的' && verb !== '参与') || NOUN_AFTER_VERB.test(s.slice(at + verb.length))) continue;
      if (verb === '应' && NOT_MODAL.test(s.slice(at + 1))) continue;
      // requirement-label: a clause that is only a field's label, 「督办要求」「工作要求」 before its colon, gives no duty
      if (verb === '要' && s.slice(at) === '要求') continue;
      // subject-sets-up: a run holding a modal or a partner (县级政务新媒体要与…中心建立…) is no subject of 建立
      if (verb === '建立' && /要|应(?!急)|与|同/.test(s.slice(0, at))) continue;
      // partner-opening: a run opening on 会同, 配合 or 协助 names the partner of a subject left unsaid (「会同区大数据中心推动
      // …归集共享」 in a report on the reporting body's own work), never the subject
      if (PARTNER_OPENING.test(s.slice(0, at))) continue;
      // 项目由A组织: what stands before 由 is the work, never part of a name (自由贸易试验区 aside)
      if (from === 0 && by >= 0 && by < at && clause[by - 1] !== '自') continue;
      const subject = bodyList(s.slice(0, at).replace(MANNER, ''), directory);
      if (subject === null) continue;
      // a modal before a verb of leading (人力资源社会保障部要统筹协调…) leads as the verb alone does
      const leads = role === 'open' && ['要', '应', '将'].includes(verb) && /^(?:统筹|负责|牵头)/.test(s.slice(at + verb.length));
      const duties: ProseDuty[] = subject.map((name) => ({ name, role: leads ? 'lead' : role }));
      // with-partner: 协同 as 会同, the bodies after it assist (「临港新片区管委会协同浦东新区和奉贤区统筹推进…」)
      // commissioned-partner: the body a subject entrusts with the work (「教务处委托经济管理学院开出4门课程」) does it for that
      // subject and supports it; a kind of body entrusted (具有法定资质的第三方机构) is no one
      if (verb === '会同' || verb === '协同' || verb === '委托') duties.push(...withBodies(s.slice(at + verb.length), directory, verb === '委托').map((name) => ({ name, role: 'support' as const })));
      // lead-over: 牵头 and then bodies and their work, 「由平安办牵头信访办、城运中心核查…」: the bodies it leads support it
      else if (verb === '牵头' && !WORK_AFTER_LEAD.test(s.slice(at + verb.length)))
        duties.push(...withBodies(s.slice(at + verb.length), directory).map((name) => ({ name, role: 'support' as const })));
      return duties;
    }
  }
  return byOpening(clause, directory) ?? handedInAt(clause, directory);
}

// handed-in-at: an applicant handing its papers in at an office (「申报单位至镇规建办提交相关资料，审核通过后取得…」, 「建设单位
// 至镇规建办申报项目」, 七宝镇, 2020): the office they are handed in at takes the step; a date after 至 (截至2023年底) is none
const HANDED_IN = /至([^，,。；;：:]{2,30}?)(?:提交|递交|报送|申报|办理)/;

/** The office a clause's applicant hands its papers in at, as the body doing the step; null when none. */
function handedInAt(clause: string, directory?: DepartmentDirectory): ProseDuty[] | null {
  const m = HANDED_IN.exec(clause);
  const names = m ? bodyList(m[1], directory) : null;
  return names ? names.map((name) => ({ name, role: 'open' as const })) : null;
}

/** The bodies given a duty as the subjects of the sentences of `text`, with their roles. */
export function proseDuties(text: string, directory?: DepartmentDirectory): ProseDuty[] {
  return proseClauses(text, directory).flatMap((c) => c.duties);
}

// by-list-comma: 由 and a list of bodies, a comma, then the verb they carry: 「由所在镇政府、街道(开发区)办事处、头桥集团或区政府
// 相关部门(单位),组织评估和方案设计」 (奉贤区, 2022) is one clause
const BY_LIST_COMMA = /(由[^，,。；;：:\n]{2,60})[，,](?=(?:组织|负责|牵头|统筹|会同|制定|承担|统一))/g;

function proseClauses(text: string, directory?: DepartmentDirectory): { clause: string; duties: ProseDuty[] }[] {
  // a quoted title names its issuer, never a duty
  // quoted-phrase: a slogan in quotation marks (「按照“管委会统筹、部门协作、属地负责”的工作模式」) names the way of working,
  // no one's duty
  // quoted-provision: a provision quoted from another document (「落实“科研人员在履行好岗位职责…可以到企业和其他科研机构、
  // 高校、社会组织等兼职并取得合法报酬”的规定」, 国办发〔2018〕127号) is that document's wording, no one's duty here
  const plain = text.replace(/《[^《》]*》/g, '《》').replace(/“[^“”]{1,30}”/g, '“”').replace(/“[^“”]{31,}”(?=的(?:规定|要求|精神|原则))/g, '“”').replace(SHORT_NAME, '').replace(BY_LIST_COMMA, '$1');
  // item-owners: the bodies answering for the numbered items a supervision notice asks to hurry
  const owners = plain
    .split(/[。；;\n]/)
    .map((sentence) => ({ clause: sentence.trim(), duties: itemOwners(sentence).filter((name) => isSpecificBody(name, directory)).map((name) => ({ name, role: 'open' as const })) }))
    .filter((c) => c.duties.length > 0);
  return [...owners, ...plain
    .split(CLAUSE_END)
    .map((raw) => raw.trim())
    .filter((clause) => clause !== '')
    .flatMap((clause) => {
      const duties = clauseDuties(clause, directory);
      return duties === null ? [] : [{ clause, duties }];
    })];
}

/** Lead, support and joint from the prose duties: 负责/牵头/统筹 leads; with no such body the others share it. */
export function proseResponsibility(text: string, directory?: DepartmentDirectory): { text: string; lead: string[]; support: string[]; joint: boolean } | null {
  const clauses = proseClauses(text, directory);
  if (clauses.length === 0) return null;
  const words = clauses.map((c) => c.clause).join('\n');
  const duties = clauses.flatMap((c) => c.duties);
  const roles = new Map<string, ProseRole>();
  for (const d of duties) {
    const before = roles.get(d.name);
    if (before === undefined || d.role === 'lead' || (d.role === 'open' && before === 'support')) roles.set(d.name, d.role);
  }
  const named = [...roles.entries()];
  const leads = named.filter(([, r]) => r === 'lead').map(([n]) => n);
  const open = named.filter(([, r]) => r === 'open').map(([n]) => n);
  const supports = named.filter(([, r]) => r === 'support').map(([n]) => n);
  if (leads.length > 0) return { text: words, lead: leads, support: [...open, ...supports], joint: false };
  if (open.length > 0) return { text: words, lead: open, support: supports, joint: open.length > 1 };
  return { text: words, lead: supports, support: [], joint: supports.length > 1 };
}
