// The arithmetic around the two OCR models, kept free of the model runtime so it can be tested on plain arrays:
// text lines found in the detector's probability map (connected regions, each taken as a rotated rectangle and
// grown back by the margin the detector was trained to shave off), a line cut out of the page straightened to
// the recogniser's height, and the recogniser's per-column scores read back as characters with confidences.
import type { GreyImage } from './ocr-image';

/** A text line on the page: a rectangle turned by `angle` (radians) about its centre, in page pixels. */
export interface TextBox {
  cx: number;
  cy: number;
  angle: number;
  /** Along the line. */
  length: number;
  /** Across the line. */
  thickness: number;
  /** Mean text probability inside the region. */
  score: number;
}

/** Pixels the detector scores above this are text. */
const TEXT_THRESHOLD = 0.3;
/** Regions whose mean score is below this are dropped (specks, paper texture). */
const BOX_THRESHOLD = 0.6;
/** The detector marks a line shrunk by a margin; the margin is area × ratio / perimeter. */
const UNCLIP_RATIO = 1.6;

/**
 * Text lines in a probability map of `width` × `height`, scaled by `scale` back to page pixels. Regions are
 * 4-connected; each becomes the rectangle along its principal axis, so slightly skewed lines stay one box.
 */
export function findTextBoxes(prob: Float32Array, width: number, height: number, scale: number): TextBox[] {
  const label = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  const boxes: TextBox[] = [];
  let next = 0;
  for (let start = 0; start < prob.length; start += 1) {
    if (label[start] !== 0 || prob[start] <= TEXT_THRESHOLD) continue;
    next += 1;
    // Flood fill, keeping the region's pixels in `stack[0..count)`.
    let count = 0;
    let top = 0;
    stack[top++] = start;
    label[start] = next;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    let sp = 0;
    while (top > count) {
      const p = stack[count++];
      const x = p % width;
      const y = (p - x) / width;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
      sp += prob[p];
      const visit = (q: number) => {
        if (label[q] === 0 && prob[q] > TEXT_THRESHOLD) {
          label[q] = next;
          stack[top++] = q;
        }
      };
      if (x > 0) visit(p - 1);
      if (x < width - 1) visit(p + 1);
      if (y > 0) visit(p - width);
      if (y < height - 1) visit(p + width);
    }
    if (count < 6 || sp / count < BOX_THRESHOLD) continue;
    const mx = sx / count;
    const my = sy / count;
    const cxx = sxx / count - mx * mx;
    const cyy = syy / count - my * my;
    const cxy = sxy / count - mx * my;
    let angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    // Lines are read left to right: a region taller than wide is a short line, not a vertical one.
    if (Math.abs(angle) > Math.PI / 6) angle = 0;
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    let umin = Infinity;
    let umax = -Infinity;
    let vmin = Infinity;
    let vmax = -Infinity;
    for (let k = 0; k < count; k += 1) {
      const p = stack[k];
      const x = (p % width) - mx;
      const y = Math.floor(p / width) - my;
      const u = x * ux + y * uy;
      const v = -x * uy + y * ux;
      if (u < umin) umin = u;
      if (u > umax) umax = u;
      if (v < vmin) vmin = v;
      if (v > vmax) vmax = v;
    }
    const w = umax - umin + 1;
    const h = vmax - vmin + 1;
    const grow = (w * h * UNCLIP_RATIO) / (2 * (w + h));
    const length = w + 2 * grow;
    const thickness = h + 2 * grow;
    if (thickness < 4) continue;
    const cu = (umin + umax) / 2;
    const cv = (vmin + vmax) / 2;
    boxes.push({
      cx: (mx + cu * ux - cv * uy + 0.5) * scale,
      cy: (my + cu * uy + cv * ux + 0.5) * scale,
      angle,
      length: length * scale,
      thickness: thickness * scale,
      score: sp / count,
    });
  }
  return boxes;
}

/** The recogniser's input height. */
export const LINE_HEIGHT = 48;

/** The line cut out of the page, straightened and scaled to LINE_HEIGHT rows; `width` columns. */
export function cutLine(page: GreyImage, box: TextBox): { width: number; data: Float32Array } {
  const width = Math.max(LINE_HEIGHT / 2, Math.ceil((LINE_HEIGHT * box.length) / box.thickness / 8) * 8);
  const data = new Float32Array(3 * LINE_HEIGHT * width);
  const ux = Math.cos(box.angle);
  const uy = Math.sin(box.angle);
  const plane = LINE_HEIGHT * width;
  const { width: pw, height: ph, data: px } = page;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= pw || y >= ph ? 255 : px[y * pw + x]);
  for (let row = 0; row < LINE_HEIGHT; row += 1) {
    const v = ((row + 0.5) / LINE_HEIGHT - 0.5) * box.thickness;
    for (let col = 0; col < width; col += 1) {
      const u = ((col + 0.5) / width - 0.5) * box.length;
      const x = box.cx + u * ux - v * uy - 0.5;
      const y = box.cy + u * uy + v * ux - 0.5;
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      const fx = x - x0;
      const fy = y - y0;
      const grey =
        at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
      const value = grey / 127.5 - 1;
      const i = row * width + col;
      data[i] = value;
      data[plane + i] = value;
      data[2 * plane + i] = value;
    }
  }
  return { width, data };
}

/** A recognised character: where it sits along the line (0..1 of the line's length) and how sure the model was. */
export interface ReadChar {
  char: string;
  /** Start and end along the line, as fractions of its length. */
  from: number;
  to: number;
  confidence: number;
}

/**
 * Greedy CTC reading of `steps` columns of `classes` scores: class 0 is the blank, class k is `dictionary[k - 1]`.
 * A character spans the columns that repeat it; its confidence is its best column's score.
 */
export function readColumns(scores: Float32Array, steps: number, classes: number, dictionary: string[]): ReadChar[] {
  const chars: ReadChar[] = [];
  let prev = 0;
  for (let t = 0; t < steps; t += 1) {
    let best = 0;
    let bestScore = -Infinity;
    const base = t * classes;
    for (let c = 0; c < classes; c += 1) {
      const s = scores[base + c];
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best !== 0 && best === prev) {
      const last = chars[chars.length - 1];
      last.to = (t + 1) / steps;
      last.confidence = Math.max(last.confidence, bestScore);
    } else if (best !== 0) {
      chars.push({ char: dictionary[best - 1] ?? '', from: t / steps, to: (t + 1) / steps, confidence: bestScore });
    }
    prev = best;
  }
  return chars.filter((c) => c.char !== '');
}

/** Where the ink is in a cut line: the rows and columns (of the cut, 0..1) that carry dark pixels. */
export interface InkExtent {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The ink inside a cut line (as `cutLine` made it, values -1 black to 1 white). A row or column counts when a
 * few of its pixels are dark, so a stray speck does not stretch the extent.
 */
export function inkExtent(line: { width: number; data: Float32Array }): InkExtent | null {
  const { width, data } = line;
  const rows = new Int32Array(LINE_HEIGHT);
  const cols = new Int32Array(width);
  for (let row = 0; row < LINE_HEIGHT; row += 1) {
    for (let col = 0; col < width; col += 1) {
      if (data[row * width + col] < -0.2) {
        rows[row] += 1;
        cols[col] += 1;
      }
    }
  }
  const rowNeed = Math.max(2, width * 0.01);
  const first = (counts: Int32Array, need: number) => counts.findIndex((n) => n >= need);
  const last = (counts: Int32Array, need: number) => {
    for (let i = counts.length - 1; i >= 0; i -= 1) if (counts[i] >= need) return i;
    return -1;
  };
  const top = first(rows, rowNeed);
  if (top < 0) return null;
  const left = first(cols, 1);
  return { top: top / LINE_HEIGHT, bottom: (last(rows, rowNeed) + 1) / LINE_HEIGHT, left: left / width, right: (last(cols, 1) + 1) / width };
}
