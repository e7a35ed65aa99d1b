// Where a passage of a report lies on a drawn PDF page: the page's text runs (as the PDF engine gives them, with
// their boxes) are searched for the passage, and the stretch found becomes boxes to paint over the page. The text
// Luoshi holds was repaired (lines joined, spaces dropped), so both sides are compared without white space and with
// full-width letters and digits folded to their ASCII forms, one character for one.

/** A run of text on the page, its box in the drawn page's pixels (x, y: top left). */
export interface PageRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// A stretch shorter than this could be anywhere on the page.
const MIN_MATCH = 6;

const isSpace = (c: string) => /\s/.test(c);

function fold(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
}

function folded(text: string): string {
  let out = '';
  for (const c of text) if (!isSpace(c)) out += fold(c);
  return out;
}

/**
 * Where `target` is in `page`, as [start, end); else the longest stretch of its beginning or of its end found there
 * (at least MIN_MATCH characters), else null.
 */
function bestStretch(page: string, target: string): [number, number] | null {
  const whole = page.indexOf(target);
  if (whole >= 0) return [whole, whole + target.length];
  // A passage that runs on to the next page (or began on the one before) is found by its beginning or its end.
  const longest = (piece: (k: number) => string): [number, number] | null => {
    let lo = MIN_MATCH;
    let hi = target.length - 1;
    let found: [number, number] | null = null;
    while (lo <= hi) {
      const k = (lo + hi) >> 1;
      const at = page.indexOf(piece(k));
      if (at >= 0) {
        found = [at, at + k];
        lo = k + 1;
      } else hi = k - 1;
    }
    return found;
  };
  const head = longest((k) => target.slice(0, k));
  const tail = longest((k) => target.slice(target.length - k));
  if (!head) return tail;
  if (!tail) return head;
  return tail[1] - tail[0] > head[1] - head[0] ? tail : head;
}

/** Boxes covering the passage on the page, one per run it touches; [] when it is not on the page. */
export function passageBoxes(runs: PageRun[], passage: string): Box[] {
  const target = folded(passage);
  if (target === '') return [];
  // The page's characters without white space, each with its run and its place in the run.
  let page = '';
  const where: { run: number; at: number }[] = [];
  runs.forEach((r, run) => {
    let at = 0;
    for (const c of r.str) {
      if (!isSpace(c)) {
        page += fold(c);
        where.push({ run, at });
      }
      at += 1;
    }
  });
  const stretch = bestStretch(page, target);
  if (!stretch) return [];
  const boxes: Box[] = [];
  let k = stretch[0];
  while (k < stretch[1]) {
    const run = where[k].run;
    const first = where[k].at;
    let last = first;
    while (k < stretch[1] && where[k].run === run) last = where[k++].at;
    const r = runs[run];
    const length = [...r.str].length || 1;
    boxes.push({ x: r.x + (r.width * first) / length, y: r.y, width: (r.width * (last - first + 1)) / length, height: r.height });
  }
  return boxes;
}
