// Decodes a text file's bytes: UTF-8 (with or without BOM), UTF-16 LE or BE (with a BOM or without one), and
// GB18030/GBK, which Windows Notepad and older office software in China still write.
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** Canonical label: utf-8, utf-16le, utf-16be, gb18030. */
  encoding: string;
}

/** Characters that make up most Chinese prose; text decoded with the wrong table has few of them. */
const COMMON_HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const COMMON = new Set(COMMON_HAN);

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Share of characters that cannot belong to a readable document (0–1). */
export function garbleScore(text: string): number {
  let counted = 0;
  let bad = 0;
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\f') continue;
    counted += 1;
    const unlikely =
      c === 0xfffd || // replacement character
      c < 0x20 ||
      (c >= 0x7f && c < 0xa0) || // C1 controls
      (c >= 0xe000 && c <= 0xf8ff) || // private use
      (c >= 0x3400 && c <= 0x4dbf) || // rare ideographs (extension A)
      (c >= 0xd800 && c <= 0xdfff);
    if (unlikely) bad += 1;
    if (isHan(c)) {
      han += 1;
      if (COMMON.has(ch)) common += 1;
    }
  }
  if (counted === 0) return 0;
  const badShare = bad / counted;
  // Real Chinese prose draws a third or more of its characters from the common set; mis-decoded bytes do not.
  const rareHanShare = han >= 20 && common / han < 0.2 ? 1 : 0;
  return Math.max(badShare, rareHanShare);
}

/** Above this share of unlikely characters a decoding is taken as garbled. */
export const GARBLED = 0.02;

/** Share of the non-space characters a document plausibly holds: common Chinese, ASCII, CJK and full-width punctuation. */
export function readableShare(text: string): number {
  let counted = 0;
  let readable = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    counted += 1;
    const c = ch.codePointAt(0) ?? 0;
    if ((c > 0x20 && c < 0x7f) || COMMON.has(ch) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) {
      readable += 1;
    }
  }
  return counted === 0 ? 0 : readable / counted;
}

/** Without a BOM, UTF-16 is taken only when most of what it decodes to is plainly readable. */
const UTF16_READABLE = 0.5;

/**
 * UTF-16 without a byte order mark: both byte orders are decoded and the more readable one wins. Zero bytes
 * alone cannot tell (一 is 4E 00 in little-endian, 00 4E in big-endian), the decoded text can.
 */
function utf16Candidate(buf: Buffer): DecodedText | null {
  if (buf.length < 4 || buf.length % 2 !== 0) return null;
  let best: DecodedText | null = null;
  let bestShare = UTF16_READABLE;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(buf, encoding);
    const share = readableShare(text);
    if (share > bestShare && garbleScore(text) <= GARBLED) {
      best = { text, encoding };
      bestShare = share;
    }
  }
  return best;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes text bytes, or returns null when no encoding gives readable text. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let candidates: DecodedText[];
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    candidates = [{ text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' }];
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    candidates = [{ text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' }];
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    candidates = [{ text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' }];
  } else {
    // Valid UTF-8 is taken first (UTF-16 text of ASCII is valid UTF-8 too, but its zero bytes fail the garble check).
    const utf8 = strictUtf8(buf);
    const utf16 = utf16Candidate(buf);
    candidates = [
      ...(utf8 !== null ? [{ text: utf8, encoding: 'utf-8' }] : []),
      ...(utf16 ? [utf16] : []),
      ...(utf8 === null ? [{ text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' }] : []),
    ];
  }
  return candidates.find((c) => garbleScore(c.text) <= GARBLED) ?? null;
}
