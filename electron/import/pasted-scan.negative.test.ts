// pasted-scan, negative cases: pictures are not read when the typed text fills a page or more (a report typed in
// Word with a photo or a chart in it), when they are shown smaller than a page's part, or when the body places none
// (one only in the relationships); a body of more pictures than an import reads, or a picture that inflates past the
// cap, is refused whole before any is read. The reader here only counts the pictures it is asked to read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPagePicture, isPastedScan, PAGE_CHARS } from '../../shared/text/pasted-scan';
import { pictureParagraph, pictureRels, typedParagraph, vmlPictureParagraph, writeDocxParts } from './__fixtures__/docx-parts';
import { blankPage } from './__fixtures__/pasted-scans';
import { extractDocx } from './docx';
import { DOCX_MEDIA_CAPS, MAX_DOCX_PICTURES, type PictureReader } from './docx-pictures';
import { ImportProblem } from './extracted';

const dir = mkdtempSync(join(tmpdir(), 'luoshi-pasted-scan-neg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counting(): PictureReader & { asked: number } {
  const reader = {
    file: 'x.docx',
    asked: 0,
    read: async () => {
      reader.asked += 1;
      throw new ImportProblem('no-text', 'none');
    },
  };
  return reader;
}

const docx = (name: string, body: string, rels: Record<string, string> = { rId1: 'media/image1.png' }) =>
  readFileSync(writeDocxParts(join(dir, name), body, { 'word/_rels/document.xml.rels': pictureRels(rels), 'word/media/image1.png': blankPage(40, 40) }));

/** A typed report body of `chars` characters, in paragraphs of 50. */
const typed = (chars: number) => Array.from({ length: Math.ceil(chars / 50) }, (_, i) => typedParagraph('按照实施意见有关要求，我局认真落实各项任务。'.repeat(3).slice(0, Math.min(50, chars - i * 50)))).join('');

describe('pasted-scan does not read the pictures', () => {
  it('of a report whose typed text fills a page: its text is the document, no picture is read, nothing says OCR', async () => {
    const reader = counting();
    const extracted = await extractDocx(docx('typed.docx', typed(PAGE_CHARS) + pictureParagraph('rId1')), reader);
    expect(reader.asked).toBe(0);
    expect(extracted.ocr).toBeUndefined();
    expect(extracted.text.replace(/\s+/g, '').length).toBe(PAGE_CHARS);
    expect(extracted.warnings.join('')).not.toContain('OCR');
  });

  it('of a body that places none (a picture only in the relationships, as a header’s logo would be)', async () => {
    const reader = counting();
    const extracted = await extractDocx(docx('rels-only.docx', typedParagraph('区财政局关于落实情况的报告')), reader);
    expect(reader.asked).toBe(0);
    expect(extracted.text).toBe('区财政局关于落实情况的报告');
  });

  it('shown smaller than 5 cm either way (a seal, a logo, a strip of a screen), beside a line or two of typed text', async () => {
    const reader = counting();
    const body = typedParagraph('区财政局关于落实情况的报告') + pictureParagraph('rId1', { width: 4.2, height: 4.2 }) + pictureParagraph('rId1', { width: 14.6, height: 1.3 }) + vmlPictureParagraph('rId1', 400, 60);
    const extracted = await extractDocx(docx('seal.docx', body), reader);
    expect(reader.asked).toBe(0);
    expect(extracted.text).toBe('区财政局关于落实情况的报告');
    expect(extracted.ocr).toBeUndefined();
    expect(extracted.warnings).toEqual([]);
  });

  it('of a file WPS saved, a line of typed text above a screenshot of its toolbar (wps/kingsoft-writer-zip.wps)', async () => {
    const reader = counting();
    const extracted = await extractDocx(readFileSync(join(__dirname, '__fixtures__', 'wps', 'kingsoft-writer-zip.wps')), reader);
    expect(reader.asked).toBe(0);
    expect(extracted.text).toContain('提出知道商城');
  });

  it(`of a body of more than ${MAX_DOCX_PICTURES} pictures: the file is refused whole, with the count and the cap, before any is read`, async () => {
    const reader = counting();
    const body = pictureParagraph('rId1').repeat(200);
    const refused = extractDocx(docx('many.docx', body), reader);
    await expect(refused).rejects.toThrow(`贴有 200 张图片，超过了单个文件识别 ${MAX_DOCX_PICTURES} 张图片的上限，整份文件未导入`);
    expect(reader.asked).toBe(0);
  });

  it(`of a body whose picture inflates past ${DOCX_MEDIA_CAPS.entryBytes / 1024 / 1024} MB: the file is refused as too large, nothing read`, async () => {
    const reader = counting();
    const path = writeDocxParts(join(dir, 'bomb.docx'), pictureParagraph('rId1'), {
      'word/_rels/document.xml.rels': pictureRels({ rId1: 'media/image1.png' }),
      'word/media/image1.png': new Uint8Array(DOCX_MEDIA_CAPS.entryBytes + 1),
    });
    await expect(extractDocx(readFileSync(path), reader)).rejects.toThrow(`文件中的图片解压后超过了 ${DOCX_MEDIA_CAPS.entryBytes / 1024 / 1024} MB 的上限`);
    expect(reader.asked).toBe(0);
  });

  it('counts typed characters without their spaces, and needs a picture shown at 5 cm each way or more', () => {
    expect(isPastedScan('字'.repeat(PAGE_CHARS - 1) + ' \n'.repeat(400), 1)).toBe(true);
    expect(isPastedScan('字'.repeat(PAGE_CHARS), 1)).toBe(false);
    expect(isPastedScan('', 0)).toBe(false);
    expect(isPagePicture({ width: 15, height: 4.9 })).toBe(false);
    expect(isPagePicture({ width: 5, height: 5 })).toBe(true);
    expect(isPagePicture(undefined)).toBe(true);
  });
});
