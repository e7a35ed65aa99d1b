// Chinese numerals as written in government documents: 十四, 二十九, 一百零五, 两, 二〇二一 (digit by digit),
// also Arabic and full-width digits, and a number with a 万/亿 multiplier (3万, 1.5亿).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 贰: 2,
  三: 3, 叁: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function parseArabic(s: string): number | null {
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s;
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** 一二三 read digit by digit, as years are written (二〇二一 → 2021). */
function parseDigitString(s: string): number | null {
  let n = 0;
  for (const c of s) {
    const d = DIGITS[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** Positional Chinese numeral with 十/百/千 inside sections of 万 and 亿. */
function parsePositional(s: string): number | null {
  let total = 0; // completed 亿 part
  let wan = 0; // completed 万 part, below 亿
  let section = 0; // below 万
  let pending: number | null = null; // digit waiting for its unit
  let lastSmall = Infinity; // small units must fall within a section: 千 > 百 > 十
  let lastBig = Infinity;
  let sawAny = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c in DIGITS) {
      const d = DIGITS[c];
      if (d === 0) { pending = null; continue; }
      if (pending !== null) return null; // 一二 without a unit between
      pending = d;
      sawAny = true;
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c];
      if (u >= lastSmall) return null;
      // 十 at the start of a section reads as 一十 (十四 = 14)
      if (pending === null && !(u === 10 && section === 0)) return null;
      section += (pending ?? 1) * u;
      pending = null;
      lastSmall = u;
      sawAny = true;
    } else if (c in BIG_UNITS) {
      const u = BIG_UNITS[c];
      if (u >= lastBig && !(u === 1e8 && lastBig === 1e4)) return null;
      const value = section + (pending ?? 0);
      if (value === 0 && !(u === 1e8 && wan > 0)) return null;
      if (u === 1e8) {
        total = (total + wan + value) * 1e8;
        wan = 0;
      } else {
        wan += value * 1e4;
      }
      section = 0;
      pending = null;
      lastSmall = Infinity;
      lastBig = u;
      sawAny = true;
    } else {
      return null;
    }
  }
  if (!sawAny && !/^[零〇○]+$/.test(s)) return null;
  return total + wan + section + (pending ?? 0);
}

/**
 * Reads a number written in Chinese or Arabic digits; null when `s` (trimmed) is not exactly one number.
 * 十四 → 14, 一百零五 → 105, 两 → 2, 二〇二一 → 2021, １２ → 12, 1.5万 → 15000.
 */
export function parseChineseNumber(s: string): number | null {
  const t = toHalfWidthDigits(s.trim());
  if (t === '') return null;
  const arabic = parseArabic(t);
  if (arabic !== null) return arabic;
  const scaled = /^(\d+(?:\.\d+)?)([十百千万亿])$/.exec(t);
  if (scaled) {
    const unit = SMALL_UNITS[scaled[2]] ?? BIG_UNITS[scaled[2]];
    return Math.round(Number(scaled[1]) * unit * 1e6) / 1e6;
  }
  const hasUnit = [...t].some((c) => c in SMALL_UNITS || c in BIG_UNITS);
  if (!hasUnit) return parseDigitString(t);
  return parsePositional(t);
}

const DIGIT_CHARS = '零一二三四五六七八九';

/** Four digits of one section (1–9999) with 千百十 and the zeros that gaps need. */
function sectionToChinese(n: number): string {
  const units = ['千', '百', '十', ''];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i];
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGIT_CHARS[d] + units[i];
  }
  return out;
}

function integerToChinese(n: number): string {
  if (n === 0) return '零';
  const parts: { value: number; unit: string }[] = [
    { value: Math.floor(n / 1e8), unit: '亿' },
    { value: Math.floor(n / 1e4) % 1e4, unit: '万' },
    { value: n % 1e4, unit: '' },
  ];
  let out = '';
  let gap = false;
  for (const { value, unit } of parts) {
    if (value === 0) {
      if (out !== '') gap = true;
      continue;
    }
    // a section below 1000 after a higher one needs 零: 一万零五百
    const needZero = out !== '' && (gap || value < 1000);
    out += (needZero ? '零' : '') + sectionToChinese(value) + unit;
    gap = false;
  }
  // 一十四 is written 十四
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 14 → 十四, 105 → 一百零五, 2021 → 二千零二十一; for matching 第十四条 and for display. */
export function toChineseNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n < 0) return '负' + toChineseNumber(-n);
  if (!Number.isInteger(n)) {
    const [int, frac] = String(n).split('.');
    return integerToChinese(Number(int)) + '点' + [...frac].map((c) => DIGIT_CHARS[Number(c)]).join('');
  }
  return integerToChinese(n);
}
