// A page of a scanned document as a picture for the screen: rendered again from the scan it was imported from
// (the bytes kept in the workspace at import; for a .docx of pasted scans, its picture), scaled to a reading size and encoded as JPEG.
import jpeg from 'jpeg-js';
import { bodyPictureParts } from './docx';
import { inflatePicture } from './docx-pictures';
import { decodeImage, type RgbaImage } from './ocr-image';
import { openPdfRaster } from './pdf-raster';

/** Wide enough to read 小四 type on screen, small enough to send quickly. */
const SHOW_WIDTH = 1000;
const PDF_DPI = 110;

export interface RenderedPage {
  jpeg: Buffer;
  width: number;
  height: number;
  pageCount: number;
}

/** The image shrunk by a whole factor (averaging each block of pixels) until it is at most SHOW_WIDTH wide. */
function shrink(image: RgbaImage): RgbaImage {
  const factor = Math.ceil(image.width / SHOW_WIDTH);
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8Array(width * height * 4);
  const n = factor * factor;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let c = 0; c < 4; c += 1) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy += 1) {
          const row = ((y * factor + dy) * image.width + x * factor) * 4 + c;
          for (let dx = 0; dx < factor; dx += 1) sum += image.data[row + dx * 4];
        }
        data[(y * width + x) * 4 + c] = sum / n;
      }
    }
  }
  return { width, height, data };
}

/** Picture `page` of a .docx's body (a scan pasted into Word), and how many pictures it places. */
function docxPicture(bytes: Uint8Array, page: number): { image: RgbaImage | null; pageCount: number } {
  const parts = bodyPictureParts(bytes);
  const part = parts[page - 1];
  if (part === undefined) return { image: null, pageCount: parts.length };
  const data = part === null ? null : inflatePicture(bytes, part);
  if (!data) throw new Error(`picture ${page} is not in the file`);
  return { image: decodeImage(data)[0], pageCount: parts.length };
}

/**
 * Page `page` (1-based) of a scanned PDF, an image file, or a .docx of pasted scans (its pictures in body order);
 * null when the file has no such page.
 */
export async function renderPage(kind: 'pdf' | 'image' | 'docx', bytes: Uint8Array, page: number): Promise<RenderedPage | null> {
  let image: RgbaImage;
  let pageCount: number;
  if (kind === 'pdf') {
    const raster = await openPdfRaster(bytes);
    try {
      pageCount = raster.pageCount;
      if (page > pageCount) return null;
      image = await raster.render(page, PDF_DPI);
    } finally {
      raster.close();
    }
  } else if (kind === 'docx') {
    const picture = docxPicture(bytes, page);
    pageCount = picture.pageCount;
    if (!picture.image) return null;
    image = picture.image;
  } else {
    const pages = decodeImage(bytes);
    pageCount = pages.length;
    if (page > pageCount) return null;
    image = pages[page - 1];
  }
  const shown = shrink(image);
  const encoded = jpeg.encode({ width: shown.width, height: shown.height, data: shown.data }, 80);
  return { jpeg: encoded.data, width: shown.width, height: shown.height, pageCount };
}
