// A .docx holding only pictures is read by OCR (pasted-scan.test.ts); when its pictures hold no text either, or none
// of them can be read, it says so and points to the scan itself; one with neither text nor pictures gets the plain
// message.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pictureParagraph, pictureRels, vmlPictureParagraph, writeDocxParts } from './__fixtures__/docx-parts';
import { blankPage, emfPicture } from './__fixtures__/pasted-scans';
import { bodyPictureParts, extractDocx } from './docx';
import { ImportProblem } from './extracted';
import { importFile } from './index';

const dir = mkdtempSync(join(tmpdir(), 'luoshi-docx-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PICTURE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;
const PICTURE = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const PNG = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));

describe('a .docx of pictures only', () => {
  it('whose pictures hold no text is refused with the reason and what to import instead', async () => {
    const path = writeDocxParts(join(dir, '扫描件.docx'), PICTURE, { 'word/_rels/document.xml.rels': PICTURE_RELS, 'word/media/image1.png': blankPage() });
    const outcome = await importFile(path);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.file).toBe('扫描件.docx');
      expect(outcome.failure.code).toBe('no-text');
      expect(outcome.failure.message).toContain('只有图片');
      expect(outcome.failure.message).toContain('没有识别出文字');
      expect(outcome.failure.message).toContain('原扫描件');
    }
  });

  it('whose pictures cannot be read is refused, naming each picture and its format', async () => {
    const rels = PICTURE_RELS.replace('media/image1.png', 'media/image1.emf');
    const outcome = await importFile(writeDocxParts(join(dir, '图元.docx'), PICTURE, { 'word/_rels/document.xml.rels': rels, 'word/media/image1.emf': emfPicture() }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.code).toBe('corrupt-image');
      expect(outcome.failure.message).toContain('只有图片');
      expect(outcome.failure.message).toContain('「图元.docx」的第 1 张图片（image1.emf）是 EMF 格式');
    }
  });

  it('a .docx with neither text nor pictures says only that it holds no text', async () => {
    const outcome = await importFile(writeDocxParts(join(dir, '空白.docx'), '<w:p/>'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.message).toContain('没有可读取的文字');
      expect(outcome.failure.message).not.toContain('图片');
    }
  });

  // Read without a picture reader (no OCR at hand), a body of pictures is refused with advice, by either Word reader;
  // a picture only in a header is not the body's.
  it.each(['xml', 'mammoth'])('without a picture reader, the %s reader refuses a body of pictures and says why', async (reader) => {
    const saved = process.env.LUOSHI_DOCX_READER;
    process.env.LUOSHI_DOCX_READER = reader;
    try {
      const pictures = readFileSync(writeDocxParts(join(dir, `无识别-${reader}.docx`), PICTURE, { 'word/_rels/document.xml.rels': PICTURE_RELS, 'word/media/image1.png': blankPage() }));
      const refusal = await extractDocx(pictures).then(() => null, (err: unknown) => err);
      expect(refusal).toBeInstanceOf(ImportProblem);
      expect((refusal as ImportProblem).code).toBe('no-text');
      expect((refusal as ImportProblem).reason).toContain('只有图片');
      const header = readFileSync(writeDocxParts(join(dir, `页眉-${reader}.docx`), '<w:p/>', { 'word/_rels/header1.xml.rels': PICTURE_RELS, 'word/media/image1.png': blankPage() }));
      const plain = await extractDocx(header).then(() => null, (err: unknown) => err);
      expect(plain === null || !(plain as ImportProblem).reason.includes('只有图片')).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.LUOSHI_DOCX_READER;
      else process.env.LUOSHI_DOCX_READER = saved;
    }
  });

  it('finds the pictures in the body’s order, older VML pictures among DrawingML ones, and a picture in a table after its row', async () => {
    const rels = pictureRels({ rId1: 'media/a.png', rId2: 'media/b.png', rId3: 'media/c.png' });
    const body =
      vmlPictureParagraph('rId3') +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表中文字</w:t></w:r></w:p>' + pictureParagraph('rId1') + '</w:tc></w:tr></w:tbl>' +
      pictureParagraph('rId2');
    const bytes = readFileSync(writeDocxParts(join(dir, '顺序.docx'), body, { 'word/_rels/document.xml.rels': rels, 'word/media/a.png': blankPage(10, 10), 'word/media/b.png': blankPage(20, 20), 'word/media/c.png': blankPage(30, 30) }));
    const widths: number[] = [];
    const reader = {
      file: '顺序.docx',
      read: async (picture: Uint8Array) => {
        widths.push(Buffer.from(picture).readUInt32BE(16));
        throw new ImportProblem('no-text', 'none');
      },
    };
    const extracted = await extractDocx(bytes, reader);
    expect(widths).toEqual([30, 10, 20]);
    expect(extracted.text).toBe('表中文字');
    expect(bodyPictureParts(bytes)).toEqual(['word/media/c.png', 'word/media/a.png', 'word/media/b.png']);
  });

  it('a .docx with text and a damaged picture imports its text, and names the picture it could not read', async () => {
    const body = PICTURE + '<w:p><w:r><w:t>区财政局关于落实情况的报告</w:t></w:r></w:p>';
    const outcome = await importFile(writeDocxParts(join(dir, '图文.docx'), body, { 'word/_rels/document.xml.rels': PICTURE_RELS, 'word/media/image1.png': PNG }));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.doc.text).toBe('区财政局关于落实情况的报告');
      expect(outcome.doc.ocr).toBeUndefined();
      expect(outcome.doc.warnings.join('')).toContain('第 1 张图片（image1.png）无法识别');
    }
  });
});
