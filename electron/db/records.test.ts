import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chasedDates, insertImportBatch, insertNotice, listImportBatches, listNotices } from './records';
import { openDatabase } from './sqlite';

const dirs: string[] = [];
function freshDb() {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-records-'));
  dirs.push(dir);
  return { file: join(dir, 'w.sqlite'), db: openDatabase(join(dir, 'w.sqlite')) };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('import history', () => {
  it('keeps each batch with every file, its outcome and its reason, across reopening', () => {
    const { file, db } = freshDb();
    insertImportBatch(db, {
      startedAt: '2026-12-06T01:00:00.000Z',
      finishedAt: '2026-12-06T01:00:03.000Z',
      role: 'submission',
      total: 3,
      imported: 1,
      failed: 2,
      files: [
        { file: '民政局报告.docx', ok: true, role: 'submission', warnings: ['未找到报告日期，按导入日期计'] },
        { file: '扫描件.pdf', ok: false, error: { file: '扫描件.pdf', code: 'needs-ocr', message: '扫描件没有文字层' } as never },
        { file: '旧报告.txt', ok: true, duplicate: true, role: 'submission' },
      ],
    });
    insertImportBatch(db, { startedAt: '2026-12-06T02:00:00.000Z', finishedAt: '2026-12-06T02:00:01.000Z', role: 'policy', total: 1, imported: 1, failed: 0, files: [{ file: 'policy.txt', ok: true, role: 'policy' }] });
    db.close();

    const again = openDatabase(file);
    const batches = listImportBatches(again);
    expect(batches.map((b) => b.role)).toEqual(['policy', 'submission']);
    const [, first] = batches;
    expect(first).toMatchObject({ total: 3, imported: 1, failed: 2, startedAt: '2026-12-06T01:00:00.000Z' });
    expect(first.files).toEqual([
      { file: '民政局报告.docx', ok: true, role: 'submission', warnings: ['未找到报告日期，按导入日期计'] },
      { file: '扫描件.pdf', ok: false, error: { file: '扫描件.pdf', code: 'needs-ocr', message: '扫描件没有文字层' } },
      { file: '旧报告.txt', ok: true, duplicate: true, role: 'submission' },
    ]);
    expect(listImportBatches(again, 1)).toHaveLength(1);
    again.close();
  });

  it('is empty in a new workspace', () => {
    const { db } = freshDb();
    expect(listImportBatches(db)).toEqual([]);
    expect(listNotices(db)).toEqual([]);
    expect(chasedDates(db, 0).size).toBe(0);
    db.close();
  });
});

describe('notices sent', () => {
  it('records to whom, when and for what, and answers when each measure was chased', () => {
    const { db } = freshDb();
    const base = { asOf: '2022-01-31', replyBy: '2022-02-10', file: null };
    insertNotice(db, { ...base, sentAt: '2022-01-31T02:00:00Z', sentOn: '2022-01-31', department: '区民政局', items: [{ measure: 3, status: 'missing', due: '2021-12-31' }, { measure: 5, status: 'late', due: '2021-11-30' }] });
    insertNotice(db, { ...base, sentAt: '2022-01-31T02:00:00Z', sentOn: '2022-01-31', department: '区财政局', items: [{ measure: 3, status: 'missing', due: '2021-12-31' }] });
    insertNotice(db, { ...base, sentAt: '2022-02-15T02:00:00Z', sentOn: '2022-02-15', department: '区民政局', file: '催办通知-区民政局.docx', items: [{ measure: 3, status: 'missing', due: '2021-12-31' }] });

    const all = listNotices(db);
    expect(all.map((n) => `${n.department}@${n.sentOn}`)).toEqual(['区民政局@2022-02-15', '区财政局@2022-01-31', '区民政局@2022-01-31']);
    expect(all[0].file).toBe('催办通知-区民政局.docx');
    expect(all[2].items).toEqual([
      { measure: 3, status: 'missing', due: '2021-12-31' },
      { measure: 5, status: 'late', due: '2021-11-30' },
    ]);

    const chased = chasedDates(db, 0);
    expect(chased.get('区民政局')?.get(3)).toEqual(['2022-01-31', '2022-02-15']);
    expect(chased.get('区民政局')?.get(5)).toEqual(['2022-01-31']);
    expect(chased.get('区财政局')?.get(3)).toEqual(['2022-01-31']);
    expect(chased.get('区财政局')?.get(5)).toBeUndefined();
    db.close();
  });
});
