// Where the issuing office and the date go under the body (GB/T 9704-2012 §7.3.5.2, no seal):
// the office ends two characters from the right margin and the date starts two characters right of
// the office's first character; when the date is the longer one, the date ends two characters from
// the margin and the office moves left to keep that two-character step.

/** Width in body characters: full-width characters count 1, ASCII (digits in dates) half. */
export function charWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

export interface SignatureIndents {
  /** Right indents, in body characters. */
  office: number;
  date: number;
}

export function signatureIndents(office: string | null, date: string): SignatureIndents {
  const dateWidth = charWidth(date);
  if (!office) return { office: 0, date: 4 };
  const officeWidth = charWidth(office);
  if (officeWidth - dateWidth >= 2) return { office: 2, date: officeWidth - dateWidth };
  return { office: 4 + dateWidth - officeWidth, date: 2 };
}
