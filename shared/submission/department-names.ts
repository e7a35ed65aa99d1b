// Recognises names that look like a government body (区…局, …委员会, …中心), whether or not the policy names them.

// Endings of body names, longest first so 委员会 wins over 会.
const SUFFIXES = [
  '委员会', '办公室', '办事处', '服务中心', '中心', '分局', '支局', '总局', '管理局', '局', '委', '办',
  '公司', '法院', '检察院', '院', '所', '站', '支队', '大队', '中队', '队', '处', '科', '部', '联合会',
  '协会', '会', '联', '协', '社', '厅', '署', '馆', '团', '组', '室', '支行', '分行', '银行', '政府',
];

const SUFFIX_RE = new RegExp(`(?:${SUFFIXES.join('|')})$`);

// Words that never sit inside a body's name but do sit in sentences, titles and closing lines.
const NOT_A_NAME_RE =
  /关于|报告|汇报|情况|通知|会议|特此|联系|电话|附件|此件|抄送|印发|我局|我委|我办|我们|已经|正在|开展|推进|的|了|是|将|把|请|按照|根据|第/;

// Common words that happen to end like a body's name.
const FALSE_ENDING_RE = /(?:格局|布局|大局|开局|结局|场所|住所|之处|好处|益处|干部|全部|内部|外部|本科|专科|学科|座谈会|推进会|动员会|培训会|现场会|调度会|例会|晚会)$/;

const NAME_CHARS_RE = /^[\u3007\u4e00-\u9fff（）()·]+$/;

/** True when `s` (no spaces) reads like the name of one body: Chinese only, a body ending, no sentence words. */
export function looksLikeDepartment(s: string): boolean {
  const name = s.trim();
  if (name.length < 3 || name.length > 40) return false;
  if (!NAME_CHARS_RE.test(name)) return false;
  if (!SUFFIX_RE.test(name) || FALSE_ENDING_RE.test(name)) return false;
  return !NOT_A_NAME_RE.test(name);
}

/** One piece of a list: a name, or names joined by 和/与/及; null when it is not made of names. */
function namesInPiece(p: string): string[] | null {
  // two names joined (区财政局和区税务局) before one name with 和 inside (区发展和改革委员会)
  const split = splitOnConjunction(p);
  if (split) return split;
  return looksLikeDepartment(p) ? [p] : null;
}

const LIST_SEPARATOR = /[、，,；;/\s]+/;

/**
 * Splits a list of names ("区发改委、区商务局", "区财政局 区税务局", "区财政局和区税务局") into the names
 * that look like bodies, dropping pieces that do not. 和 and 与 split only when both sides are names:
 * 发展和改革委员会 stays whole.
 */
export function splitDepartmentList(s: string): string[] {
  const out: string[] = [];
  for (const piece of s.split(LIST_SEPARATOR)) {
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
  const t = line.replace(/[（(]\s*(?:盖章|公章|章)\s*[）)]/g, ' ').trim();
  if (t === '' || t.length > 80) return null;
  const names: string[] = [];
  let whole = true;
  for (const piece of t.split(LIST_SEPARATOR)) {
    if (piece === '') continue;
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
