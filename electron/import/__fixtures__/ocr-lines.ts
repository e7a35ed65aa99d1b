// Recognised lines as the OCR engine gives them, placed on an A4 page at 200 dpi: what the tests of the OCR layout
// write their pages in.
import type { OcrLine } from '../ocr-engine';
import type { OcrPage } from '../ocr-layout';

export const DPI = 200;
export const SIZE = 44; // 16 pt at 200 dpi
export const PAGE = { width: 1654, height: 2339 };
export const MARGIN = 220;
export const MEASURE = 25; // characters across the text block

/** A recognised line of `text` starting `indent` characters in, on row `row`, the page turned by `skew` degrees. */
export function line(text: string, row: number, indent = 0, options: { skew?: number; doubt?: number[]; size?: number } = {}): OcrLine {
  const size = options.size ?? SIZE;
  const chars = [...text];
  // A space the recogniser reads sits between two characters, taking no place of its own.
  const slots: number[] = [];
  chars.forEach((c, i) => slots.push(i === 0 ? 0 : slots[i - 1] + (c === ' ' || chars[i - 1] === ' ' ? 0.5 : 1)));
  const pad = size * 0.3;
  const length = (slots[slots.length - 1] + 1) * size + 2 * pad;
  const thickness = size * 1.6;
  const x = MARGIN + indent * SIZE - pad + length / 2;
  const y = 300 + row * SIZE * 1.75;
  const angle = ((options.skew ?? 0) * Math.PI) / 180;
  // Turn the line's centre about the page centre, as a skewed scan does.
  const dx = x - PAGE.width / 2;
  const dy = y - PAGE.height / 2;
  const cx = PAGE.width / 2 + dx * Math.cos(angle) - dy * Math.sin(angle);
  const cy = PAGE.height / 2 + dx * Math.sin(angle) + dy * Math.cos(angle);
  return {
    box: { cx, cy, angle, length, thickness, score: 0.9 },
    ink: { left: pad / length, right: 1 - pad / length, top: 0.2, bottom: 0.2 + (0.9 * size) / thickness },
    chars: chars.map((char, i) => ({
      char,
      from: (pad + slots[i] * size + size * 0.4) / length,
      to: (pad + slots[i] * size + size * 0.6) / length,
      confidence: options.doubt?.includes(i) ? 0.3 : 0.98,
    })),
  };
}

export const page = (lines: OcrLine[]): OcrPage => ({ number: 1, ...PAGE, dpi: DPI, lines });
/** A line that fills the measure from `indent` characters in. */
export const full = (start: string, indent = 0) => start + '落'.repeat(MEASURE - indent - [...start].length);
