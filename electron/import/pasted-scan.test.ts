// pasted-scan (shared/text/pasted-scan.ts): a .docx whose pages are scans pasted in as pictures, with no typed text
// or a typed line or two, is read by real OCR picture by picture, in the order the body places them, between its
// typed paragraphs, and says it was read by OCR as a scanned PDF does. The .docx files are written here from the test
// scans (__fixtures__/scans): a page cut into two pages of one report, a photographed page (JPEG), a TIFF scan, and
// a metafile (EMF) that cannot be read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/types';
import { pictureParagraph, pictureRels, typedParagraph, writeDocxParts } from './__fixtures__/docx-parts';
import { emfPicture, twoPages } from './__fixtures__/pasted-scans';
import { importFile } from './index';
import { characterErrorRate } from './ocr-measure';

const scans = join(__dirname, '__fixtures__', 'scans');
const scan = (name: string) => readFileSync(join(scans, name));
const dir = mkdtempSync(join(tmpdir(), 'luoshi-pasted-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squeeze = (s: string) => s.replace(/\s+/g, '');
const truth = (name: string) => squeeze(readFileSync(join(scans, name), 'utf8'));
const joined = (doc: ImportedDocument, keep: (page: number | undefined) => boolean = () => true) =>
  squeeze(doc.paragraphs.filter((p) => keep(p.page)).map((p) => p.text).join(''));

async function imported(path: string, pages?: [number, number][]): Promise<ImportedDocument> {
  const outcome = await importFile(path, { onPage: pages && ((done, total) => pages.push([done, total])) });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.doc;
}

describe('a report of scans pasted into Word, no typed text', () => {
  // The body places the upper half first through rId9 → media/image2.png; the lower half comes second through
  // rId2 → media/image1.png: the order is the body's, not the parts' names or the relationships' ids.
  let doc: ImportedDocument;
  const pages: [number, number][] = [];
  beforeAll(async () => {
    const [upper, lower] = twoPages(scan('emergency.scan.png'));
    const path = writeDocxParts(join(dir, '应急局落实情况报告.docx'), pictureParagraph('rId9') + pictureParagraph('rId2'), {
      'word/_rels/document.xml.rels': pictureRels({ rId2: 'media/image1.png', rId9: 'media/image2.png' }),
      'word/media/image1.png': lower,
      'word/media/image2.png': upper,
    });
    doc = await imported(path, pages);
  }, 120_000);

  it('reads the pictures by OCR: at most 2% of the characters wrong against the text the scan was printed from', () => {
    expect(characterErrorRate(joined(doc), truth('emergency.txt'))).toBeLessThanOrEqual(0.02);
  });

  it('in the order the body places them: the first picture gives page 1, the title and addressee; the second the rest and the signature', () => {
    const title = doc.paragraphs[0];
    expect(title.page).toBe(1);
    expect(characterErrorRate(squeeze(title.text), '区应急管理局关于“双随机、一公开”监管工作开展情况的报告')).toBeLessThanOrEqual(0.1);
    expect(squeeze(doc.paragraphs[doc.paragraphs.length - 1].text)).toBe('2021年10月25日');
    expect(doc.paragraphs[doc.paragraphs.length - 1].page).toBe(2);
    const pageOrder = doc.paragraphs.map((p) => p.page);
    expect(pageOrder).toEqual([...pageOrder].sort());
    expect(new Set(pageOrder)).toEqual(new Set([1, 2]));
  });

  it('is marked as read by OCR, with its pictures as its pages, and reports each picture read', () => {
    expect(doc.format).toBe('docx');
    expect(doc.ocr).toMatchObject({ engine: expect.stringContaining('PaddleOCR'), pages: 2 });
    expect(doc.pageCount).toBe(2);
    expect(doc.warnings[0]).toMatch(/扫描件.*2 张图片.*OCR（PaddleOCR/);
    expect(pages).toEqual([[0, 2], [1, 2], [2, 2]]);
  });
});

describe('a typed title, a photographed page (JPEG) and a typed line under it', () => {
  const TITLE = '交通运输局落实情况报告（扫描件）';
  const CONTACT = '联系人：王芳，联系电话：0531-12345678';
  let doc: ImportedDocument;
  beforeAll(async () => {
    const body = typedParagraph(TITLE, true) + pictureParagraph('rId5') + typedParagraph(CONTACT);
    const path = writeDocxParts(join(dir, '交通局报告.docx'), body, {
      'word/_rels/document.xml.rels': pictureRels({ rId5: 'media/image1.jpeg' }),
      'word/media/image1.jpeg': scan('transport.photo.jpg'),
    });
    doc = await imported(path);
  }, 120_000);

  it('keeps the typed paragraphs where they stand, the picture read between them', () => {
    expect(doc.paragraphs[0]).toMatchObject({ text: TITLE, bold: true });
    expect(doc.paragraphs[0].page).toBeUndefined();
    expect(doc.paragraphs[doc.paragraphs.length - 1].text).toBe(CONTACT);
    expect(characterErrorRate(joined(doc, (page) => page === 1), truth('transport.txt'))).toBeLessThanOrEqual(0.02);
    expect(doc.ocr).toMatchObject({ pages: 1 });
  });

  it('the stretches read with low confidence point into the picture’s text, past the typed title', () => {
    const pictureStart = doc.text.indexOf('\n') + 1;
    for (const span of doc.ocr!.uncertain) {
      expect(span.start).toBeGreaterThanOrEqual(pictureStart);
      expect(span.end).toBeLessThanOrEqual(doc.text.lastIndexOf(CONTACT));
    }
  });
});

describe('a picture that cannot be read', () => {
  it('is named, with its file and format, while the rest is read (a TIFF scan beside an EMF)', async () => {
    const path = writeDocxParts(join(dir, '住建局报告.docx'), pictureParagraph('rId1') + pictureParagraph('rId2'), {
      'word/_rels/document.xml.rels': pictureRels({ rId1: 'media/image1.tif', rId2: 'media/image2.emf' }),
      'word/media/image1.tif': scan('housing.scan.tif'),
      'word/media/image2.emf': emfPicture(),
    });
    const doc = await imported(path);
    expect(characterErrorRate(joined(doc), truth('housing.txt'))).toBeLessThanOrEqual(0.02);
    expect(doc.ocr).toMatchObject({ pages: 2 });
    const warning = doc.warnings.find((w) => w.includes('image2.emf'));
    expect(warning).toContain('「住建局报告.docx」的第 2 张图片（image2.emf）是 EMF 格式');
    expect(warning).toContain('PNG、JPEG、TIFF');
    expect(doc.warnings.some((w) => w.includes('image1.tif'))).toBe(false);
  }, 120_000);
});
