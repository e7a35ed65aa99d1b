// Recognises names that look like a government body (区…局, …委员会, …中心), whether or not the policy names them.
import { repeatsPlace } from './repeated-place';

// Endings of body names, longest first so 委员会 wins over 会.
const SUFFIXES = [
  '委员会', '办公室', '办事处', '服务中心', '中心', '分局', '支局', '总局', '管理局', '局', '委', '办',
  '公司', '法院', '检察院', '院', '所', '站', '支队', '大队', '中队', '队', '处', '科', '部', '联合会',
  '协会', '会', '联', '协', '社', '厅', '署', '馆', '团', '组', '室', '支行', '分行', '银行', '政府',
  // schools report too (商州区大荆中学, 实验小学, 第一幼儿园)
  '中学', '小学', '学校', '大学', '幼儿园',
];

const SUFFIX_RE = new RegExp(`(?:${SUFFIXES.join('|')})$`);

// Words that never sit inside a body's name but do sit in sentences, titles and closing lines.
// held-meeting: a body holding a meeting (李家镇人大召开政府半年工作通报会) is a news item's title, never a name.
const NOT_A_NAME_RE =
  /关于|报告|汇报|情况|通知|会议|特此|联系|电话|附件|此件|抄送|印发|我局|我委|我办|我们|已经|正在|开展|推进|召开|的|了|是|将|把|请|按照|根据|第/;

// Common words that happen to end like a body's name (a website, 县政府网站, is not a body either), among them the
// meetings a body holds (座谈会, 通报会, 报告会: held-meeting).
const FALSE_ENDING_RE =
  /(?:网站|站点|格局|布局|大局|开局|结局|场所|住所|之处|好处|益处|干部|全部|内部|外部|本科|专科|学科|座谈会|推进会|动员会|培训会|现场会|调度会|通报会|报告会|汇报会|部署会|总结会|例会|晚会|中小学校?)$/;

/** A common word that only ends like a body's name (新格局, 网站, 座谈会): no body, wherever it stands. */
export const hasFalseEnding = (name: string) => FALSE_ENDING_RE.test(name);

const NAME_CHARS_RE = /^[\u3007\u4e00-\u9fff（）()·]+$/;

/** True when `s` (no spaces) reads like the name of one body: Chinese only, a body ending, no sentence words. */
export function looksLikeDepartment(s: string): boolean {
  const name = s.trim();
  if (name.length < 3 || name.length > 40) return false;
  if (!NAME_CHARS_RE.test(name)) return false;
  if (!SUFFIX_RE.test(name) || FALSE_ENDING_RE.test(name)) return false;
  return !NOT_A_NAME_RE.test(withoutConferenceName(withoutInstitutionOrdinal(name)));
}

// cppcc-name: the people's political consultative conference is a body whose name opens on 会议's words (中国人民政治协商
// 会议全国委员会常务委员会, 中国人民政治协商会议某某县委员会); that 会议, at the head of the name, is no sentence's meeting.
function withoutConferenceName(name: string): string {
  return name.replace(/^中国人民政治协商会议/, '');
}

// An ordinal numbering institutions of one kind in a place is part of the name: 郴州市第二人民医院, 第一中学.
const INSTITUTION_ORDINAL_RE = /第[一二三四五六七八九十]{1,3}(?=(?:人民|中医|妇幼)?医院|中学|小学|实验小学|幼儿园|中等职业学校|职业中学|高级中学|初级中学|中级人民法院|监狱|看守所)/g;

/** The name with the ordinal of an institution taken out (institution-ordinal), so that its 第 reads as no sentence's. */
export function withoutInstitutionOrdinal(name: string): string {
  return name.replace(INSTITUTION_ORDINAL_RE, '');
}

const LIST_SEPARATOR = /[、，,；;/\s]+/;
// One character of a separator, for splitting outside brackets.
const SEPARATOR_CHAR_RE = /[、，,；;/\s]/;

// One body with two plates (一个机构两块牌子): 县发展和改革局（县粮食和物资储备局）, or the second plate
// alone on the next line of a signature: （县粮食和物资储备局）. merged-offices: offices merged into one (合署办公) list
// their other names in the brackets: 市政府办公室（市政府研究室、市机关事务局）.
const PLATE_RE = /^(.*?)[（(]([^（）()]+)[）)]$/;

/** The names of a body with plates, its other names as written in its brackets; null otherwise. */
export function platesOf(p: string): { first: string | null; others: string[] } | null {
  const m = PLATE_RE.exec(p.trim());
  if (!m) return null;
  const others = m[2].split(LIST_SEPARATOR).filter((n) => n !== '');
  if (others.length === 0 || !others.every(looksLikeDepartment)) return null;
  if (m[1] === '') return { first: null, others };
  return looksLikeDepartment(m[1]) ? { first: m[1], others } : null;
}

const OPENING_BRACKETS: Record<string, string> = { '（': '）', '(': ')' };

/**
 * merged-offices: the pieces of a list of names, split at separators outside brackets only, so that a body's other names
 * in its brackets stay with it (市政府办公室（市政府研究室、市机关事务局）、市发改委 → two pieces). A bracket left open at the
 * end, its closing bracket lost in the copy (市政府办公室(研究室、机关事务局), is closed there.
 */
export function listPieces(s: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  let open: string | null = null;
  for (const ch of s) {
    if (open === null && ch in OPENING_BRACKETS) open = OPENING_BRACKETS[ch];
    else if (open !== null && (ch === '）' || ch === ')')) open = null;
    if (open === null && SEPARATOR_CHAR_RE.test(ch)) {
      if (piece !== '') pieces.push(piece);
      piece = '';
    } else piece += ch;
  }
  if (piece !== '') pieces.push(open === null ? piece : piece + open);
  return pieces;
}

/**
 * Whether `name` stands in brackets after another name, as a body's second plate or one of its merged offices' names:
 * （县粮食和物资储备局）, 市政府办公室（市政府研究室、市机关事务局）, or a bracket whose closing bracket was lost.
 */
export function isBracketedName(name: string, text: string): boolean {
  const bare = text.replace(/\s/g, '');
  for (let at = bare.indexOf(name); at > 0; at = bare.indexOf(name, at + 1)) {
    const before = bare.slice(0, at);
    const opened = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
    const closed = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
    if (opened <= closed) continue;
    // right after the bracket, or after a separator inside it: a name of its own, not the end of a longer one
    if (opened === at - 1 || SEPARATOR_CHAR_RE.test(bare[at - 1])) return true;
  }
  return false;
}

/** One piece of a list: a name, or names joined by 和/与/及 or written together; null when it is not made of names. */
function namesInPiece(p: string): string[] | null {
  const plates = platesOf(p);
  if (plates) return plates.first ? [plates.first, ...plates.others] : plates.others;
  // two names joined (区财政局和区税务局) before one name with 和 inside (区发展和改革委员会)
  const split = splitOnConjunction(p);
  if (split) return split.flatMap((name) => splitFusedNames(name) ?? [name]);
  if (!looksLikeDepartment(p)) return null;
  return splitFusedNames(p) ?? [p];
}

// Where a level character opens a word, not a body's name (区域, 市场, 市政).
const LEVEL_WORD_RE = /^(?:区域|区划|区级|市场|市政|市级|市民|县域|县级|镇域|镇级|省级)/;
// Units that hang under the body named before them (市公安局市中分局, 区住建局市政管理所).
const SUBUNIT_RE = /(?:分局|分中心|分所|分行|支行|支局|支队|大队|中队|所|站|科|室|处)$/;

/**
 * Whether the rest of a fused string opens a new name: a level character (区…, 市…), the place the name before it is of
 * (repeated-place), or a name the caller knows.
 */
function opensName(rest: string, before: string, isKnown?: (name: string) => boolean): boolean {
  if (repeatsPlace(before, rest)) return true;
  if (isKnown) for (let j = 3; j <= rest.length; j++) if (isKnown(rest.slice(0, j))) return true;
  return /^[区县市省镇]/.test(rest) && !LEVEL_WORD_RE.test(rest);
}

/**
 * Names written together without a separator (区财政局区税务局, as a joint title often reads once its
 * spaces are lost) → each name; null when the string is not two or more names. Every part must look
 * like a body's name, and each one after the first must open as a name of its own and not be a unit
 * under the one before, so 区政府办公室 and 市公安局市中分局 stay whole. `isKnown` lets names the caller
 * knows split too.
 */
export function splitFusedNames(s: string, isKnown?: (name: string) => boolean): string[] | null {
  const name = s.trim();
  for (let i = 3; i <= name.length - 3; i++) {
    const left = name.slice(0, i);
    const right = name.slice(i);
    if (!looksLikeDepartment(left) || !opensName(right, left, isKnown)) continue;
    const rest = splitFusedNames(right, isKnown) ?? (looksLikeDepartment(right) ? [right] : null);
    if (rest && (!SUBUNIT_RE.test(rest[0]) || isKnown?.(rest[0]))) return [left, ...rest];
  }
  return null;
}

/** Where the seal goes in a signature or on a form: （盖章）, （公章）, （代章）. */
export const SEAL_MARK_RE = /[（(]\s*(?:盖章|公章|代章|印章|签章|章)\s*[）)]/g;

/** A line holding nothing but seal marks: the seal's place between the signature name and its date. */
export function isSealLine(line: string): boolean {
  return line.trim() !== '' && line.replace(SEAL_MARK_RE, '').trim() === '';
}

/**
 * Splits a list of names ("区发改委、区商务局", "区财政局 区税务局", "区财政局和区税务局") into the names
 * that look like bodies, dropping pieces that do not. 和 and 与 split only when both sides are names:
 * 发展和改革委员会 stays whole.
 */
export function splitDepartmentList(s: string): string[] {
  const out: string[] = [];
  for (const piece of listPieces(s)) {
    const p = piece.trim();
    if (p !== '') out.push(...(namesInPiece(p) ?? []));
  }
  return out;
}

function splitOnConjunction(s: string): string[] | null {
  for (let i = 1; i < s.length - 1; i++) {
    if (!'和与及'.includes(s[i])) continue;
    const left = s.slice(0, i);
    const right = s.slice(i + 1);
    if (!looksLikeDepartment(left)) continue;
    if (looksLikeDepartment(right)) return [left, right];
    const rest = splitOnConjunction(right);
    if (rest) return [left, ...rest];
  }
  return null;
}

/**
 * When a whole line is nothing but body names (a signature line, possibly spaced out), returns them;
 * otherwise null. Spaces inside a name from PDF extraction ("区市场 监管局") are tolerated.
 */
export function namesOnlyLine(line: string): string[] | null {
  // a seal mark after the name (区民政局（盖章）) is part of the signature, not of the name
  const t = line.replace(SEAL_MARK_RE, ' ').trim();
  if (t === '' || t.length > 80) return null;
  const names: string[] = [];
  let whole = true;
  for (const piece of listPieces(t)) {
    const found = namesInPiece(piece);
    if (!found) {
      whole = false;
      break;
    }
    names.push(...found);
  }
  if (whole && names.length > 0) return names;
  // PDF text may break one name in two: try again with the spaces removed
  const joined = t.replace(/\s+/g, '');
  if (joined !== t && looksLikeDepartment(joined)) return [joined];
  return null;
}
