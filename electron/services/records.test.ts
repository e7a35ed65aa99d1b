// The import history and the record of notices sent, on a real workspace file with the real importers and jieba.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const AS_OF = '2022-01-31';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-records-'));
  file = join(dir, 'workspace.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function docxText(path: string): Promise<string> {
  const r = await importFile(path);
  if (!r.ok) throw new Error(r.failure.message);
  return r.doc.paragraphs.map((p) => p.text).join('\n');
}

describe('import history', () => {
  it('keeps every batch with its failures, and they are still there after reopening', async () => {
    const empty = join(dir, '空白报告.txt');
    writeFileSync(empty, '');
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    await ws.importFiles([join(seeds, 'submissions', '财政局-落实情况.txt'), empty], 'submission');
    ws.close();

    const again = openWorkspace(file);
    const history = again.call('documents/import-history', undefined);
    expect(history.map((b) => [b.role, b.total, b.imported, b.failed])).toEqual([
      ['submission', 2, 1, 1],
      ['policy', 1, 1, 0],
    ]);
    const failed = history[0].files.find((f) => !f.ok)!;
    expect(failed.file).toBe('空白报告.txt');
    expect(failed.error?.message).toMatch(/空白报告\.txt|空/);
    expect(history[0].startedAt <= history[0].finishedAt).toBe(true);
    again.close();
  });
});

describe('notices sent', () => {
  it('sends only to the chosen departments, records them, and the next round says when each measure was chased', async () => {
    let today = '2022-01-31';
    const ws = openWorkspace(file, { today: () => today });
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    const previews = ws.call('export/notice-preview', { asOf: AS_OF, options: { replyBy: '2022-02-10' } });
    expect(previews.length).toBeGreaterThan(2);
    const chosen = previews.slice(0, 2).map((p) => p.department);
    // A preview is the notice's words: title, addressee, the measures outstanding; nothing chased yet.
    expect(previews[0].text[0]).toMatch(/^关于加快报送/);
    expect(previews[0].text).toContain(`${chosen[0]}：`);
    expect(previews[0].items.every((i) => i.chasedOn.length === 0)).toBe(true);
    expect(ws.call('export/notice-records', undefined)).toEqual([]);

    const first = await ws.exportNotices(join(dir, 'round-1'), AS_OF, { replyBy: '2022-02-10', split: true, departments: chosen });
    expect(first).toHaveLength(2);
    const sent = ws.call('export/notice-records', undefined);
    expect(sent.map((n) => n.department).sort()).toEqual([...chosen].sort());
    expect(sent.every((n) => n.sentOn === '2022-01-31' && n.asOf === AS_OF && n.replyBy === '2022-02-10' && n.items.length > 0)).toBe(true);
    expect(sent.find((n) => n.department === chosen[0])!.items.map((i) => i.measure)).toEqual(previews[0].items.map((i) => i.measure));
    expect(await docxText(first[0])).not.toMatch(/此项已于/);

    // A fortnight later the same measures are chased again: the notice says when they were chased before.
    today = '2022-02-14';
    const again = ws.call('export/notice-preview', { asOf: '2022-02-14', options: { replyBy: '2022-02-20', departments: [chosen[0]] } });
    expect(again.map((p) => p.department)).toEqual([chosen[0]]);
    expect(again[0].items[0].chasedOn).toEqual(['2022-01-31']);
    expect(again[0].text.join('\n')).toContain('此项已于2022年1月31日催办');
    const [second] = await ws.exportNotices(join(dir, 'round-2.docx'), '2022-02-14', { replyBy: '2022-02-20', departments: [chosen[0]] });
    expect(await docxText(second)).toContain('此项已于2022年1月31日催办');
    const records = ws.call('export/notice-records', undefined);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ department: chosen[0], sentOn: '2022-02-14', file: 'round-2.docx' });
    // Departments left out are not recorded as sent.
    expect(records.some((n) => !chosen.includes(n.department))).toBe(false);
    ws.close();
  });
});
