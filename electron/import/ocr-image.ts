// Page images for OCR: decoding .png / .jpg / .tif into pixels (pure-JS decoders behind this one module), and the
// grey page the recogniser reads, with red seal ink lifted out so a stamp over the signature and date does not
// hide the characters under it.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import { ImportProblem } from './extracted';

/** RGBA pixels, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Resolution the image was scanned or rendered at, where it says so. */
  dpi?: number;
}

/** One byte of grey per pixel, 0 black to 255 white. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** What the bytes are, whatever the extension says. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const tiff = (bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[3] === 0x2a);
  return tiff ? 'tiff' : null;
}

/** A page of a scan is at most this many pixels (A3 at 400 dpi); larger ones are refused, not decoded. */
const MAX_PIXELS = 50_000_000;

const UNREADABLE = '图片已损坏或格式无法识别。';

function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw new ImportProblem('corrupt-image', UNREADABLE);
  if (width * height > MAX_PIXELS) {
    throw new ImportProblem('corrupt-image', `图片尺寸过大（${width}×${height} 像素），请以 300 dpi 以下的分辨率重新扫描。`);
  }
}

/** The resolution a JPEG's JFIF header states, in dots per inch. */
function jfifDpi(bytes: Uint8Array): number | undefined {
  // APP0 "JFIF\0": units at offset 13, x density at 14..15 (after the 2-byte marker and 2-byte length).
  if (bytes[2] !== 0xff || bytes[3] !== 0xe0) return undefined;
  if (String.fromCharCode(...bytes.subarray(6, 10)) !== 'JFIF') return undefined;
  const units = bytes[13];
  const x = (bytes[14] << 8) | bytes[15];
  if (units === 1 && x > 1) return x;
  if (units === 2 && x > 1) return Math.round(x * 2.54);
  return undefined;
}

/** Decodes every page of an image file (a TIFF may hold several). */
export function decodeImage(bytes: Uint8Array): RgbaImage[] {
  const kind = imageKind(bytes);
  if (!kind) throw new ImportProblem('corrupt-image', UNREADABLE);
  try {
    if (kind === 'png') {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      checkSize(png.width, png.height);
      return [{ width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) }];
    }
    if (kind === 'jpeg') {
      const info = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
      checkSize(info.width, info.height);
      return [{ width: info.width, height: info.height, data: info.data, dpi: jfifDpi(bytes) }];
    }
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const ifds = UTIF.decode(buffer).filter((ifd) => ifd.t256 && ifd.t257);
    if (ifds.length === 0) throw new ImportProblem('corrupt-image', UNREADABLE);
    return ifds.map((ifd) => {
      checkSize(Number(ifd.width ?? (ifd.t256 as number[])[0]), Number(ifd.height ?? (ifd.t257 as number[])[0]));
      UTIF.decodeImage(buffer, ifd);
      const data = UTIF.toRGBA8(ifd);
      const res = (ifd.t282 as number[] | undefined)?.[0];
      const inches = (ifd.t296 as number[] | undefined)?.[0] !== 3;
      const dpi = res && res > 1 ? Math.round(inches ? res : res * 2.54) : undefined;
      return { width: ifd.width, height: ifd.height, data, dpi };
    });
  } catch (err) {
    if (err instanceof ImportProblem) throw err;
    throw new ImportProblem('corrupt-image', UNREADABLE);
  }
}

/**
 * The grey page the recogniser reads. Red and orange ink (a seal) becomes as light as its red channel, which is
 * nearly paper-white, while black text printed under the seal stays dark: so the date under a stamp reads.
 */
export function inkGrey(image: RgbaImage): GreyImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < out.length; i += 4, p += 1) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    const alpha = data[i + 3];
    const redness = r - Math.max(g, b);
    let v = redness > 40 ? Math.min(255, r + redness) : 0.299 * r + 0.587 * g + 0.114 * b;
    // Transparent pixels are paper.
    if (alpha < 255) v = 255 - ((255 - v) * alpha) / 255;
    out[p] = v;
  }
  return { width, height, data: out };
}
