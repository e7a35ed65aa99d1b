// Scanned and OCR'd reports often come out letter-spaced: "区 民 政 局", "2 0 2 1 年 1 0 月". Such a
// line is read with the single spaces removed; wider gaps stay, as they part the names of a joint signature.

// Below this many pieces a line of short words (区 县 市) is not told apart from spaced-out text.
const MIN_PIECES = 4;
// Share of one-character pieces that marks a line as letter-spaced.
const SINGLE_SHARE = 0.8;

/** Whether every character of `text` (nearly) stands alone between spaces. */
export function isLetterSpaced(text: string): boolean {
  const pieces = text.trim().split(/[\s\u3000]+/).filter((p) => p !== '');
  if (pieces.length < MIN_PIECES) return false;
  const single = pieces.filter((p) => [...p].length === 1).length;
  return single / pieces.length >= SINGLE_SHARE;
}

// A date whose digits stand apart (2 0 2 1年1 0月2 0日), as left when the importer has joined the
// Chinese characters of a spaced-out line but not its digits.
const SPACED_DATE_RE = /(?<!\d)\d(?:[ \u3000]\d){3}[ \u3000]*年[ \u3000]*\d(?:[ \u3000]\d)?[ \u3000]*月[ \u3000]*\d(?:[ \u3000]\d)?[ \u3000]*日/g;

/** The line with its letter-spacing, and the spacing inside a spaced-out date, taken out; any other line unchanged. */
export function collapseLetterSpacing(text: string): string {
  const dated = text.replace(SPACED_DATE_RE, (d) => d.replace(/[ \u3000]/g, ''));
  if (!isLetterSpaced(dated)) return dated;
  return dated.replace(/(\S)[ \u3000](?=\S)/g, '$1').replace(/[\s\u3000]{2,}/g, ' ');
}
