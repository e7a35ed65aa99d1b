// Pictures for .docx files of scans pasted into Word, made at test time from the test scans (./scans): a scanned
// page cut in two at a blank line between paragraphs (two pages of one report), a blank page, and a Windows
// metafile (EMF) that holds no bitmap the importer can read.
import { PNG } from 'pngjs';

/** Rows of a page with no ink: the row with the fewest dark pixels in the middle fifth, where a gap between paragraphs falls. */
function blankRow(png: PNG): number {
  let best = -1;
  let fewest = Infinity;
  for (let y = Math.floor(png.height * 0.4); y < png.height * 0.6; y += 1) {
    let dark = 0;
    for (let x = 0; x < png.width; x += 1) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 128) dark += 1;
    }
    if (dark < fewest) [best, fewest] = [y, dark];
  }
  return best;
}

/** A page of the same size as `png`, white, with rows [from, to) of `png` drawn at its top. */
function pageOf(png: PNG, from: number, to: number): Buffer {
  const page = new PNG({ width: png.width, height: png.height });
  page.data.fill(255);
  png.data.copy(page.data, 0, from * png.width * 4, to * png.width * 4);
  return PNG.sync.write(page);
}

/** A scanned page (PNG) cut at a blank row near its middle into two pages: what it printed above, and below. */
export function twoPages(scan: Uint8Array): [Buffer, Buffer] {
  const png = PNG.sync.read(Buffer.from(scan));
  const cut = blankRow(png);
  return [pageOf(png, 0, cut), pageOf(png, cut, png.height)];
}

/** A white page: a picture with no text on it. */
export function blankPage(width = 800, height = 1100): Buffer {
  const page = new PNG({ width, height });
  page.data.fill(255);
  return PNG.sync.write(page);
}

/** A Windows enhanced metafile: its header record (type 1, the " EMF" signature at byte 40) and its end record. */
export function emfPicture(): Uint8Array {
  const header = Buffer.alloc(108);
  header.writeUInt32LE(1, 0);
  header.writeUInt32LE(108, 4);
  header.write(' EMF', 40, 'latin1');
  header.writeUInt32LE(0x10000, 44);
  const end = Buffer.alloc(20);
  end.writeUInt32LE(14, 0);
  end.writeUInt32LE(20, 4);
  return Buffer.concat([header, end]);
}
