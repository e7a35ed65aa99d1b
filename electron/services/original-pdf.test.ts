// A PDF report's own bytes, kept at import for drawing its pages beside the comparison: served as they were
// imported even after the file is gone or changed; nothing for a document that is not a PDF.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from './workspace';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-original-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a PDF as it was imported', () => {
  it('is served from the bytes kept at import, whatever became of the file; a text report has none', async () => {
    const pdf = join(dir, '市场监管局落实情况报告.pdf');
    copyFileSync(join(root, 'seeds', 'submissions', '市场监管局落实情况报告.pdf'), pdf);
    const imported = readFileSync(pdf);
    const ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2022-03-31' });
    await ws.importFiles([join(root, 'seeds', 'policy-seed.txt')], 'policy');
    await ws.importFiles([pdf, join(root, 'seeds', 'submissions', '财政局-落实情况.txt')], 'submission');
    const docs = ws.listDocuments();
    const report = docs.find((d) => d.fileName === '市场监管局落实情况报告.pdf')!;
    const text = docs.find((d) => d.fileName === '财政局-落实情况.txt')!;

    writeFileSync(pdf, 'changed after import');
    const original = (await ws.originalPdf(report.id))!;
    expect(original.fileName).toBe('市场监管局落实情况报告.pdf');
    expect(original.pageCount).toBe(2);
    expect(Buffer.from(original.data, 'base64').equals(imported)).toBe(true);
    rmSync(pdf);
    expect(Buffer.from((await ws.originalPdf(report.id))!.data, 'base64').equals(imported)).toBe(true);

    expect(await ws.originalPdf(text.id)).toBeNull();
    // The comparison says which sides can be shown as printed: the PDF report can, the .txt policy cannot.
    const compared = ws.call('compliance/compare', { measure: 9, department: '区市场监管局', asOf: '2022-03-31' })!;
    expect(compared.policyOriginal).toBeNull();
    expect(compared.responses.map((r) => [r.documentId, r.original])).toEqual([[report.id, 'pdf']]);
    await expect(ws.originalPdf(9999)).rejects.toThrow('找不到编号为 9999 的文件');
    ws.close();
  });
});
