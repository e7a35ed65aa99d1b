// The arithmetic around the OCR models, on plain arrays: lines found in a probability map, a line cut out
// straight, the recogniser's columns read as characters, the seal's red lifted out of the page.
import { describe, expect, it } from 'vitest';
import { cutLine, findTextBoxes, inkExtent, LINE_HEIGHT, readColumns } from './ocr-boxes';
import { decodeImage, imageKind, inkGrey } from './ocr-image';
import { characterErrorRate } from './ocr-measure';

/** A probability map with the given rectangles (x, y, w, h) filled at `p`. */
function map(width: number, height: number, rects: [number, number, number, number, number?][]): Float32Array {
  const m = new Float32Array(width * height);
  for (const [x0, y0, w, h, p = 0.9] of rects) for (let y = y0; y < y0 + h; y += 1) for (let x = x0; x < x0 + w; x += 1) m[y * width + x] = p;
  return m;
}

describe('findTextBoxes', () => {
  it('finds each line as one box, grown back by the detector margin, in page pixels', () => {
    const boxes = findTextBoxes(map(200, 100, [[20, 10, 150, 8], [20, 40, 60, 8]]), 200, 100, 2);
    expect(boxes).toHaveLength(2);
    const [a, b] = [...boxes].sort((p, q) => p.cy - q.cy);
    expect(a.cx).toBeCloseTo(2 * 95, 0);
    expect(a.cy).toBeCloseTo(2 * 14, 0);
    expect(a.angle).toBeCloseTo(0, 5);
    // Grown on every side: longer and thicker than the marked region.
    expect(a.length).toBeGreaterThan(2 * 150);
    expect(a.thickness).toBeGreaterThan(2 * 8);
    expect(a.thickness).toBeLessThan(2 * 8 * 3);
    expect(b.length).toBeLessThan(a.length);
  });

  it('follows a skewed line along its slope', () => {
    const width = 300;
    const height = 120;
    const m = new Float32Array(width * height);
    const slope = Math.tan((2 * Math.PI) / 180);
    for (let x = 20; x < 280; x += 1) for (let t = 0; t < 8; t += 1) m[Math.round(50 + x * slope + t) * width + x] = 0.9;
    const [box] = findTextBoxes(m, width, height, 1);
    expect((box.angle * 180) / Math.PI).toBeCloseTo(2, 0);
    expect(box.length).toBeGreaterThan(260);
  });

  it('drops specks and faint regions, and keeps lines standing alone', () => {
    expect(findTextBoxes(map(100, 50, [[10, 10, 2, 2]]), 100, 50, 1)).toEqual([]);
    expect(findTextBoxes(map(100, 50, [[10, 10, 60, 8, 0.45]]), 100, 50, 1)).toEqual([]);
    expect(findTextBoxes(map(100, 50, [[10, 10, 60, 8], [10, 30, 60, 8]]), 100, 50, 1)).toHaveLength(2);
  });
});

describe('readColumns (CTC reading)', () => {
  const dictionary = ['区', '财', '政', '局'];
  /** One column per entry: the winning class and its score; the rest share what is left. */
  function columns(winners: [number, number][]): Float32Array {
    const classes = dictionary.length + 2;
    const scores = new Float32Array(winners.length * classes);
    winners.forEach(([c, p], t) => {
      for (let k = 0; k < classes; k += 1) scores[t * classes + k] = k === c ? p : (1 - p) / (classes - 1);
    });
    return scores;
  }

  it('joins repeated columns into one character and skips blanks', () => {
    const chars = readColumns(columns([[0, 0.9], [1, 0.8], [1, 0.95], [0, 0.9], [2, 0.9], [3, 0.7], [4, 0.99]]), 7, 6, dictionary);
    expect(chars.map((c) => c.char).join('')).toBe('区财政局');
    expect(chars[0]).toMatchObject({ from: 1 / 7, to: 3 / 7 });
    expect(chars[0].confidence).toBeCloseTo(0.95);
    expect(chars[2].confidence).toBeCloseTo(0.7);
  });

  it('a blank between two equal columns makes two characters', () => {
    expect(readColumns(columns([[1, 0.9], [0, 0.9], [1, 0.9]]), 3, 6, dictionary).map((c) => c.char)).toEqual(['区', '区']);
  });

  it('all blanks read as nothing', () => {
    expect(readColumns(columns([[0, 0.9], [0, 0.9]]), 2, 6, dictionary)).toEqual([]);
  });
});

describe('cutLine and inkExtent', () => {
  it('cuts a line at the recogniser height and finds where its ink is', () => {
    const page = { width: 100, height: 40, data: new Uint8Array(100 * 40).fill(255) };
    for (let y = 15; y < 25; y += 1) for (let x = 30; x < 70; x += 1) page.data[y * 100 + x] = 0;
    const cut = cutLine(page, { cx: 50, cy: 20, angle: 0, length: 80, thickness: 20, score: 1 });
    expect(cut.data.length).toBe(3 * LINE_HEIGHT * cut.width);
    const ink = inkExtent(cut)!;
    expect(ink.left).toBeCloseTo(0.25, 1);
    expect(ink.right).toBeCloseTo(0.75, 1);
    expect(ink.top).toBeCloseTo(0.25, 1);
    expect(ink.bottom).toBeCloseTo(0.75, 1);
  });

  it('a cut with no ink has no extent', () => {
    const page = { width: 50, height: 20, data: new Uint8Array(50 * 20).fill(255) };
    expect(inkExtent(cutLine(page, { cx: 25, cy: 10, angle: 0, length: 40, thickness: 10, score: 1 }))).toBeNull();
  });
});

describe('inkGrey: the seal is lifted, the text under it stays', () => {
  const pixel = (r: number, g: number, b: number) => inkGrey({ width: 1, height: 1, data: new Uint8Array([r, g, b, 255]) }).data[0];
  it.each([
    ['seal red', [212, 42, 36], (v: number) => v > 230],
    ['pale seal red', [235, 150, 145], (v: number) => v > 230],
    ['black text', [20, 20, 20], (v: number) => v < 40],
    ['black text under the seal', [25, 5, 4], (v: number) => v < 40],
    ['grey paper', [200, 200, 200], (v: number) => Math.abs(v - 200) < 2],
    ['blue ink is text, not seal', [30, 40, 160], (v: number) => v < 80],
  ] as const)('%s', (_, [r, g, b], ok) => {
    expect(ok(pixel(r, g, b))).toBe(true);
  });
});

describe('image files', () => {
  it('knows PNG, JPEG and TIFF by their bytes, and nothing else', () => {
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('png');
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageKind(new Uint8Array([0x49, 0x49, 0x2a, 0x00]))).toBe('tiff');
    expect(imageKind(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a]))).toBe('tiff');
    expect(imageKind(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(imageKind(new Uint8Array([]))).toBeNull();
  });

  it('refuses bytes that only look like an image', () => {
    expect(() => decodeImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toThrow(expect.objectContaining({ code: 'corrupt-image' }));
  });
});

describe('characterErrorRate', () => {
  it.each([
    ['区财政局', '区财政局', 0],
    ['区财政', '区财政局', 0.25],
    ['区材政局', '区财政局', 0.25],
    ['区财政局局', '区财政局', 0.25],
    ['', '区财政局', 1],
    ['', '', 0],
  ])('%s against %s', (read, truth, rate) => {
    expect(characterErrorRate(read, truth)).toBeCloseTo(rate);
  });
});
