// Department names: one canonical name per body. A name is folded in this order:
//   1. whitespace and stray marks removed, a second name in brackets dropped (县发改局（粮食局）), the issuer's place
//      prefix replaced by its level character (枣庄市市中区人社局 / 市中区人社局 → 区人社局);
//   2. an explicit alias of the directory (user choices and names derived from the policy) wins;
//   3. the same name with a dropped "和" connective (区人力资源社会保障局 = 区人力资源和社会保障局);
//   4. the default table, applied under the level character (区人社局 → 区人力资源和社会保障局);
//   5. otherwise the name stands for a body of its own — it is never dropped.
import type { DepartmentDirectory } from '../types';
import { hasFalseEnding, splitFusedNames } from '../submission/department-names';
import { BODY_NAME_GROUPS, DEFAULT_GENERIC_ACTORS } from './department-table';
import { isDesignatedPlace } from './designated-place';
import { isMemberUnits } from './member-units';
import { isEachGroup } from './each-group';
import { isEachZone } from './each-zone';
import { isPilotUnits } from './pilot-units';
import { genericAfterEtc } from './etc-generic';
import { carryEach } from './list-each';
import { carryListLevel } from './list-level-prefix';
import { carrySharedGovernment, mayShareGovernment } from './shared-government';
import { splitSecondName } from './second-name';
import { withoutOwnPrefix } from './own-unit-prefix';

export interface PlaceContext {
  /** Place prefixes of the issuer, longest first: ['枣庄市市中区', '市中区']. */
  prefixes: string[];
  /** The issuer's level character: 区, 县, 市, 省. */
  level: string;
}

const TABLE_ALIASES = BODY_NAME_GROUPS.flatMap(([canonical, ...rest]) => rest.map((alias) => ({ alias, canonical })));
const TABLE_CANONICAL = new Map(TABLE_ALIASES.map((a) => [a.alias, a.canonical]));

export function defaultDirectory(): DepartmentDirectory {
  return { aliases: [...TABLE_ALIASES], generic: [...DEFAULT_GENERIC_ACTORS] };
}

// ---------------------------------------------------------------- names

const SPACES = /[\s\u3000\u200b-\u200d\u2060\ufeff]+/g;
const EDGE_MARKS = /^[、，,；;：:。.．\-—*#“”"'‘’《》〈〉\s]+|[、，,；;：:。.．\-—*#“”"'‘’《》〈〉\s]+$/g;

/**
 * Whitespace and stray marks removed, half-width brackets made full-width, a second name in brackets dropped
 * (县发改局（粮食局） is 县发改局), the place prefix replaced by its level.
 */
export function normalizeDepartmentName(name: string, place?: PlaceContext | null): string {
  let n = name.replace(SPACES, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(EDGE_MARKS, '');
  n = withoutOwnPrefix(splitSecondName(n.replace(/等$/, '')).name);
  return place ? replacePlace(n, place) : n;
}

function replacePlace(n: string, place: PlaceContext): string {
  const body = n.startsWith('中共') ? n.slice(2) : n;
  const prefixes = [...place.prefixes].sort((a, b) => b.length - a.length);
  for (const p of prefixes) {
    if (body.startsWith(p) && body.length > p.length) return place.level + body.slice(p.length);
  }
  // The parent of the issuer's place (枣庄市 above 市中区) becomes its own level character.
  for (const p of prefixes) {
    for (const q of prefixes) {
      if (p === q || !p.endsWith(q)) continue;
      const parent = p.slice(0, p.length - q.length);
      if (parent.length >= 2 && body.startsWith(parent) && body.length > parent.length) {
        return parent[parent.length - 1] + body.slice(parent.length);
      }
    }
  }
  return n;
}

/** The name with every 和 removed: two names with the same key name one body. */
export function bodyKey(name: string): string {
  return name.replace(/和/g, '');
}

const LEVEL_CHARS = '区县市省镇';

/** The leading level character and the rest; 市场… is a market, not a city. */
export function splitLevel(name: string): { level: string; stem: string } | null {
  if (name.length < 3 || !LEVEL_CHARS.includes(name[0])) return null;
  if (name[0] === '市' && name[1] === '场') return null;
  return { level: name[0], stem: name.slice(1) };
}

// ---------------------------------------------------------------- directory lookup

interface DirectoryIndex {
  exact: Map<string, string>;
  byKey: Map<string, string>;
}

const indexCache = new WeakMap<DepartmentDirectory, { size: number; index: DirectoryIndex }>();

function directoryIndex(directory: DepartmentDirectory): DirectoryIndex {
  const cached = indexCache.get(directory);
  if (cached && cached.size === directory.aliases.length) return cached.index;
  const exact = new Map<string, string>();
  for (const { alias, canonical } of directory.aliases) {
    exact.set(normalizeDepartmentName(alias), normalizeDepartmentName(canonical));
  }
  // A canonical name is a known name too, unless it is itself an alias of something else.
  for (const target of [...exact.values()]) if (!exact.has(target)) exact.set(target, target);
  const byKey = new Map<string, string>();
  for (const [alias, target] of exact) {
    const resolved = followAliases(exact, target);
    for (const k of [bodyKey(alias), bodyKey(resolved)]) if (!byKey.has(k)) byKey.set(k, resolved);
  }
  const index = { exact, byKey };
  indexCache.set(directory, { size: directory.aliases.length, index });
  return index;
}

/** Follows alias → canonical links (a user may have merged A into B and B into C). */
function followAliases(exact: Map<string, string>, name: string): string {
  let current = name;
  const seen = new Set<string>();
  while (exact.has(current) && !seen.has(current)) {
    seen.add(current);
    const next = exact.get(current) as string;
    if (next === current) break;
    current = next;
  }
  return current;
}

export type DepartmentSource = 'alias' | 'table' | 'name';

export interface ResolvedDepartment {
  /** The name after whitespace and place normalisation. */
  name: string;
  canonical: string;
  /** alias: an explicit directory entry decided it; table: the default short-form table; name: no entry. */
  source: DepartmentSource;
}

function lookup(index: DirectoryIndex, name: string): string | null {
  if (index.exact.has(name)) return followAliases(index.exact, name);
  return index.byKey.get(bodyKey(name)) ?? null;
}

export function resolveDepartment(name: string, directory: DepartmentDirectory, place?: PlaceContext | null): ResolvedDepartment {
  const n = normalizeDepartmentName(name, place);
  const index = directoryIndex(directory);
  const direct = lookup(index, n);
  // A name written without a level (开发区 bodies) that only the default table folds is a table match too.
  if (direct !== null) return { name: n, canonical: direct, source: TABLE_CANONICAL.get(n) === direct ? 'table' : 'alias' };
  const split = splitLevel(n);
  if (split) {
    const stem = lookup(index, split.stem);
    if (stem !== null) {
      const full = splitLevel(stem) ? stem : split.level + stem;
      // The table's full name may itself be an alias the policy or a user chose.
      const chosen = lookup(index, full);
      return chosen !== null ? { name: n, canonical: chosen, source: 'alias' } : { name: n, canonical: full, source: 'table' };
    }
  }
  return { name: n, canonical: n, source: 'name' };
}

export function canonicalDepartment(name: string, directory: DepartmentDirectory, place?: PlaceContext): string {
  return resolveDepartment(name, directory, place).canonical;
}

// ---------------------------------------------------------------- generic actors

// kind-of-department: a kind of department written with no place or level (发改部门, 自然资源和规划部门, 房产部门) is
// that department at every level, no one body
const KIND_OF_DEPARTMENT = /^(?!(?:省|市(?!场)|区|县|州|旗|国家|中央|全国|国务院|各))[\u4e00-\u9fa5]{1,12}部门$/;

/** A kind of department named by its function alone (发改部门, 房产部门): generic, and addressing no one in particular. */
export function isKindOfDepartment(name: string): boolean {
  return KIND_OF_DEPARTMENT.test(normalizeDepartmentName(name));
}

const GENERIC_PATTERNS: RegExp[] = [
  /^各/,
  /^(?:有关|相关|其他|其它)/,
  /各(级|部门|单位|镇|街|乡|县|区|市|有关|相关)/,
  // each-office-kind: every office of a body (厅机关各处室, 局机关各科室, 各业务股室) is no one office
  /各(?:业务|职能|内设)?[处科股]室$/,
  /(有关|相关|其他|其它)(部门|单位|方面|机构)/,
  /^(区|市|县|省)?(政府|委|直)?(部门|单位|机构)$/,
  KIND_OF_DEPARTMENT,
  // every township's or street's government: 乡镇人民政府, 街道办事处 written with no name; street-zone-office: the
  // street offices and the zone offices that act as one, 街道（开发区）办事处 (奉贤区, 2022)
  /^(?:乡镇|镇街|乡（镇）|镇（街道）|街道)(?:人民)?(?:政府|办事处)$/,
  /^街道[（(](?:开发区|园区|管委会)[）)]办事处$/,
  // estate-qualified: the parties of a housing estate written with the estate before them (小区业委会, 居民小区业主委员会,
  // 小区物业服务企业) are every estate's, as the bare kinds are (estate-parties)
  /^(?:居民|住宅|老旧)?小区(?:业委会|业主委员会|业主大会|物业服务企业|物业公司|物业服务公司)$/,
];

export function isGenericActor(name: string, directory?: DepartmentDirectory): boolean {
  const n = normalizeDepartmentName(name);
  if (n === '') return false;
  if (directory?.generic.some((g) => normalizeDepartmentName(g) === n)) return true;
  if (DEFAULT_GENERIC_ACTORS.includes(n)) return true;
  return GENERIC_PATTERNS.some((p) => p.test(n)) || isEachGroup(n) || isEachZone(n) || isPilotUnits(n) || isDesignatedPlace(n) || isMemberUnits(n);
}

// Words of time, manner and convention that sit beside names in a responsibility (年内持续推进, 下同, 不再做分工):
// never a body.
const NOT_A_NAME = /年内|年底|月底|季度|持续|长期|常态|结合实际|不再|下同|分工|具体任务|均涉及|以下|同上/;

export function isNotAName(name: string): boolean {
  return NOT_A_NAME.test(name);
}

// ---------------------------------------------------------------- issuer place

const PLACE = /^((?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区))?)((?:[\u4e00-\u9fa5]{1,8}?(?:市|自治州|盟|地区))?)((?:[\u4e00-\u9fa5]{1,8}?(?:区|县|旗|市))?)(.*)$/;

const NOT_A_PLACE = /^(?:城|都|超|夜|股|楼|早|集|菜|园|社|景|辖|片|市)(?:市|区)$/;

/** 枣庄市市中区人民政府办公室 → prefixes ['枣庄市市中区', '市中区'], level '区'; null when no place is named. */
export function placeFromIssuer(issuer: string | null): PlaceContext | null {
  if (!issuer) return null;
  const first = issuer.trim().split(/[\s、，,]+/)[0] ?? '';
  const body = first.replace(/文件$/, '').replace(/^中共/, '');
  const m = PLACE.exec(body);
  if (!m || m[4] === '') return null;
  // a word ending like a place is no place (北京市城市管理委员会: 城市 is a city in general, not a second place)
  const segments = [m[1], m[2], m[3]].filter((s) => s !== '' && !NOT_A_PLACE.test(s));
  if (segments.length === 0) return null;
  const prefixes: string[] = [];
  for (let i = 0; i < segments.length; i++) prefixes.push(segments.slice(i).join(''));
  const last = segments[segments.length - 1];
  return { prefixes, level: last[last.length - 1] };
}

/** title-place: the place a title opens on, before the year of the plan it names (潍坊市2017年…, 某县2024年…); null
 *  when the title opens on no place followed by a year. */
export function placeFromTitle(title: string | null): PlaceContext | null {
  const m = /^([\u4e00-\u9fa5]{2,12}?[省市县区州旗])(?=\d{4}年)/.exec(title?.trim() ?? '');
  return m ? placeFromIssuer(`${m[1]}人民政府`) : null;
}

// ---------------------------------------------------------------- lists of names

/** A name in a list, with the role mark written after it: 区人社局（牵头）. */
export interface ListedName {
  name: string;
  mark: 'lead' | 'support' | null;
}

const INSTITUTION_END = /(?:[局委办室会院处所队部站馆团社联协府厅构组科股校门署）]|中心|银行|支行|分行|公司|团中央)$/;
// A place named alone stands for its government (（越秀区负责）, 杭州市政府 is caught by 府).
const PLACE_BODY = /^(?!各)[\u4e00-\u9fa5]{2,5}(?:区|县|旗)$/;
// Kinds of area, not places with a government: 示范区, 景区, 重点县; compartment-area: a part of a building or of a plan
// (防火分区, 防烟分区, 规划分区) is no place either (沪民养老发〔2024〕11号's 问题清单: 「7.防火分区：」).
const AREA_WORD = /(?:分|示范|试验|先行|集聚|功能|核心|城|景|园|社|辖|山|库|街|片|保护|服务|小|矿|灾|疫|牧|林|产业|自贸|综保|商务|住宅|校|厂|营业|办公|生活|开发|工业|物流|试点|重点|贫困|脱贫|先进|强|大|老|新城)(?:区|县)$/;
const GENERIC_PLACE_END = /^各.*[镇街道乡]$/;
const CONNECTIVES = ['以及', '会同', '和', '及', '与', '同'];
const BARE_TAIL = /^(部门|单位|机构|部门单位)$/;
const TAIL = /^(?:[区市县省]?(?:政府|委|直|级)?)?(?:各|有关|相关|其他|其它)?(?:部门|单位|机构|部门单位)$/;
const LEAD_MARK = /[（(](?:牵头|牵头单位|牵头部门)[）)]$/;
const SUPPORT_MARK = /[（(](?:配合|配合单位|配合部门|参与|协办)[）)]$/;
const OPEN = '（(';
const CLOSE = '）)';

interface Piece {
  text: string;
  /** A 会同 came before it in the list: the names after 会同 assist the ones before. */
  afterWith: boolean;
  /** The separator before the piece ('、', '，', a connective), null for the first. */
  after: string | null;
}

// What ends a piece outside brackets, and the first characters of the connectives (checked before the words).
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／']);
const CONNECTIVE_HEADS = new Set(CONNECTIVES.map((w) => w[0]));

/**
 * Splits on 、，；/ outside brackets, and on 和/及/与/会同 where the left part already ends like a body's name; the
 * pieces come one at a time, so a reader that needs only the first stops there.
 */
function* eachPiece(s: string): Generator<Piece> {
  let current = '';
  let depth = 0;
  let afterWith = false;
  let after: string | null = null;
  let count = 0;
  const cut = (sep: string): Piece | null => {
    const text = current.trim();
    current = '';
    if (text !== '') {
      const piece = { text, afterWith, after };
      after = sep;
      count++;
      return piece;
    }
    if (count > 0 && sep !== '、') after = sep;
    return null;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (OPEN.includes(c)) depth++;
    if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(c)) {
      const piece = cut(c === '、' || c === '/' || c === '／' ? '、' : '，');
      if (piece) yield piece;
      continue;
    }
    const conj = depth === 0 && CONNECTIVE_HEADS.has(c) ? CONNECTIVES.find((w) => s.startsWith(w, i)) : undefined;
    if (conj) {
      const left = current.replace(SPACES, '');
      // a body's name has two characters at least: 会同… is not 会 + 同…
      if (left.length >= 2 && i + conj.length < s.length - 1 && (INSTITUTION_END.test(left) || GENERIC_PLACE_END.test(left))) {
        const piece = cut('、');
        if (conj === '会同') afterWith = true;
        i += conj.length - 1;
        if (piece) yield piece;
        continue;
      }
    }
    current += c;
  }
  const last = cut('');
  if (last) yield last;
}

/** Ends the way a body's name ends (局, 委员会, 中心, 办公室…), and is no common word that only ends so (false-ending: 新格局). */
export function looksLikeBody(name: string): boolean {
  const n = normalizeDepartmentName(name);
  if (hasFalseEnding(n)) return false;
  return INSTITUTION_END.test(n) || (PLACE_BODY.test(n) && !/^(?:区|县|市|省)/.test(n) && !AREA_WORD.test(n));
}

function cleanName(s: string): string {
  return normalizeDepartmentName(s).replace(/^(由|请|以|会同|并)/, '');
}

type NameInList = ListedName & { after: string | null };

/** The names one piece of a list gives (none, one, several fused ones, a generic tail), marks as written or by 会同. */
function namesOfPiece(piece: Piece, withList: boolean): NameInList[] {
  const out: NameInList[] = [];
  let text = normalizeDepartmentName(piece.text);
  const written: ListedName['mark'] = LEAD_MARK.test(text) ? 'lead' : SUPPORT_MARK.test(text) ? 'support' : null;
  if (written) text = text.replace(/[（(][^（()）]*[）)]$/, '');
  const mark = written ?? (withList ? (piece.afterWith ? 'support' : 'lead') : null);
  let tail: string | null = null;
  const at = text.lastIndexOf('等');
  if (at > 0) {
    const generic = genericAfterEtc(text.slice(at + 1), (x) => TAIL.test(x) || isGenericActor(x));
    if (generic !== null) {
      tail = BARE_TAIL.test(generic) ? null : generic;
      text = text.slice(0, at);
    }
  }
  // Names a PDF table cell separated only by spaces arrive fused (县住建局县自然资源局).
  const name = cleanName(text);
  if (name !== '') (fusedEachTail(name) ?? splitFusedNames(name) ?? [name]).forEach((part, k) => out.push({ name: part, mark, after: k === 0 ? piece.after : '、' }));
  if (tail) out.push({ name: tail, mark: null, after: '，' });
  return out;
}

// The places a run of every government or zone opens on after 各 (各县市区政府, 各乡镇, 各开发区管委会).
const EACH_PLACE_HEAD = /^各(?:县|市|区|乡|镇|街道|省|州|旗|开发区|园区)/;

/**
 * fused-each-tail: the names of a table's cell set apart by spaces arrive fused once the spaces go
 * (「市财政局 各县市区政府」 → 市财政局各县市区政府); every government or zone of a kind after 各, at the end of such a
 * run, is a name of its own after the bodies before it, so the 各 heads the 、-run that follows. A government's own
 * (县政府各乡镇) and a body's own kinds (市政府各部门) stay whole.
 */
function fusedEachTail(name: string): string[] | null {
  for (let j = name.indexOf('各', 3); j > 0; j = name.indexOf('各', j + 1)) {
    const right = name.slice(j);
    if (!EACH_PLACE_HEAD.test(right) || !isGenericActor(right)) continue;
    const left = name.slice(0, j);
    if (/政府$/.test(left)) continue;
    const bodies = splitFusedNames(left) ?? (looksLikeBody(left) ? [left] : null);
    if (bodies) return [...bodies, right];
  }
  return null;
}

/** The names with a level, a 各 or a 人民政府 written once carried over the rest of its run (省科技厅、工业和信息化厅; 各区、县级市; 马尾区、闽侯县人民政府). */
function carried(out: NameInList[]): ListedName[] {
  const governed = carrySharedGovernment(out);
  const each = carryEach(out.map((x, k) => ({ name: governed[k], after: x.after })));
  const levelled = carryListLevel(out.map((x, k) => ({ name: each[k], after: x.after })));
  return out.map((x, k) => ({ name: levelled[k], mark: x.mark }));
}

/**
 * Names in a list with their role marks; a generic tail after 等 (等区政府有关部门) is its own item.
 * "A会同B、C" marks A as the lead and B, C as supporting.
 */
export function readNameList(s: string): ListedName[] {
  const pieces = [...eachPiece(s)];
  const withList = pieces.some((p) => p.afterWith);
  return carried(pieces.flatMap((piece) => namesOfPiece(piece, withList)));
}

/**
 * The first name of `readNameList(s)`, reading the list no further than its first piece that gives a name: marks do
 * not change names, and what a run carries goes forward to later names, except a government's 人民政府, which
 * goes back to the places before it (马尾区、闽侯县人民政府): a first name that is a place is read with the whole list.
 * Null when the list names nothing.
 */
export function firstListedName(s: string): string | null {
  for (const piece of eachPiece(s)) {
    const names = namesOfPiece(piece, false);
    if (names.length === 0) continue;
    if (mayShareGovernment(names[0].name)) return readNameList(s)[0].name;
    return carried([names[0]])[0].name;
  }
  return null;
}

/** "A、B和C等有关部门" → ['A', 'B', 'C', '有关部门']: the names, with the generic tail kept apart. */
export function splitDepartmentList(s: string): string[] {
  return readNameList(s).map((x) => x.name);
}
