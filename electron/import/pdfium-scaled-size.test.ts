// scaled-size: the printed size of a glyph is the font size (Tf) times the upright scale of its matrices. Offices'
// PDFs printed by some converters draw in twentieths of a point (「0.05 0 0 0.05 0 0 cm」, fonts at 319); others set
// fonts at 1 and scale the text matrix. Read as the bare Tf, lines 30 points apart fall within "half a character" of
// each other and a page's text runs together into one line.
import { describe, expect, it } from 'vitest';
import { extractPdf } from './pdf';
import { readPdfiumText, verticalScale } from './pdfium-text';

/** A one-page PDF (Helvetica) whose content stream is `content`, with a cross-reference table PDFium accepts. */
function onePagePdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const lines = ['First line of the page', 'Second line of the page', 'Third line of the page'];

/** Three lines 30 points apart at 16 points, drawn with the given page matrix, font size and text scale. */
function threeLines(cm: string, tf: number, tm: number): Uint8Array {
  const k = 1 / Number(cm.split(' ')[0]);
  const body = lines
    .map((l, i) => `BT /F1 ${tf} Tf ${tm} 0 0 ${tm} ${72 * k} ${(700 - 30 * i) * k} Tm (${l}) Tj ET`)
    .join('\n');
  return onePagePdf(`q ${cm} cm\n${body}\nQ`);
}

describe('scaled-size: glyph sizes include the matrices that scale them', () => {
  it.each([
    ['page drawn in twentieths of a point, fonts at 320', '0.05 0 0 0.05 0 0', 320, 1],
    ['fonts at 1, text matrix scaled to 16', '1 0 0 1 0 0', 1, 16],
  ])('%s', async (_, cm, tf, tm) => {
    const { pages } = await readPdfiumText(threeLines(cm, tf, tm), { maxPages: 10 });
    const sizes = pages[0].items.filter((i) => i.str.trim() !== '').map((i) => i.size);
    for (const s of sizes) expect(s).toBeCloseTo(16, 0);
    const { blocks } = await extractPdf(threeLines(cm, tf, tm), { engine: 'pdfium' });
    expect(blocks.map((b) => b.text)).toEqual(lines);
  });

  it.each([
    [[1, 0, 0, 1, 0, 0], 1],
    [[0.05, 0, 0, 0.05, 0, 0], 0.05],
    [[16, 0, 0, 16, 72, 700], 16],
    [[1, 0, 0, 2, 0, 0], 2],
  ])('the upright scale of %j is %d', (m, scale) => {
    expect(verticalScale(m)).toBeCloseTo(scale, 6);
  });
});

describe('scaled-size: negative cases', () => {
  it('leaves a PDF set at its printed size as it was', async () => {
    const { pages } = await readPdfiumText(threeLines('1 0 0 1 0 0', 16, 1), { maxPages: 10 });
    for (const item of pages[0].items.filter((i) => i.str.trim() !== '')) expect(item.size).toBeCloseTo(16, 0);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0]],
    [[1, 0, Number.NaN, Number.NaN, 0, 0]],
  ])('takes a matrix read as %j for no scale', (m) => {
    expect(verticalScale(m)).toBe(1);
  });
});
