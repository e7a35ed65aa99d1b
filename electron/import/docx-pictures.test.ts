// A .docx holding only pictures (scans pasted into Word) says so and points to the scan itself; one with neither
// text nor pictures gets the plain message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocxParts } from './__fixtures__/docx-parts';
import { importFile } from './index';

const dir = mkdtempSync(join(tmpdir(), 'luoshi-docx-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PICTURE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;
const PICTURE = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const PNG = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));

describe('a .docx of pictures only', () => {
  it('is refused with the reason and what to import instead', async () => {
    const path = writeDocxParts(join(dir, '扫描件.docx'), PICTURE, { 'word/_rels/document.xml.rels': PICTURE_RELS, 'word/media/image1.png': PNG });
    const outcome = await importFile(path);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.file).toBe('扫描件.docx');
      expect(outcome.failure.message).toContain('只有图片');
      expect(outcome.failure.message).toContain('扫描件');
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

  it('a .docx with text and a picture imports its text', async () => {
    const body = PICTURE + '<w:p><w:r><w:t>区财政局关于落实情况的报告</w:t></w:r></w:p>';
    const outcome = await importFile(writeDocxParts(join(dir, '图文.docx'), body, { 'word/_rels/document.xml.rels': PICTURE_RELS, 'word/media/image1.png': PNG }));
    expect(outcome.ok).toBe(true);
  });
});
