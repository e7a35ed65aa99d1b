import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTangledWorkbook } from '../ingest/hostile-files';
import { importBatch, importFile, SUPPORTED_EXTENSIONS, type ImportOutcome } from './index';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);
const scratch = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const failureOf = (outcome: ImportOutcome) => (outcome.ok ? null : outcome.failure);

describe('importFile: what every import records', () => {
  it('records name, path, size and the sha256 of the bytes', async () => {
    const path = fixture('gbk-report.txt');
    const outcome = await importFile(path);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc).toMatchObject({ fileName: 'gbk-report.txt', path, size: statSync(path).size });
    expect(outcome.doc.hash).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    outcome.doc.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
  });

  it('lists the extensions it reads', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(['.csv', '.doc', '.docx', '.et', '.htm', '.html', '.jpeg', '.jpg', '.md', '.mht', '.mhtml', '.ofd', '.pdf', '.png', '.rtf', '.tif', '.tiff', '.txt', '.wps', '.xls', '.xlsx', '.zip']);
  });

  it('accepts upper-case extensions', async () => {
    const path = join(scratch, 'REPORT.TXT');
    copyFileSync(fixture('gbk-report.txt'), path);
    expect((await importFile(path)).ok).toBe(true);
  });
});

describe('importFile: failures name the file and say why, in Chinese', () => {
  it.each([['通知.ceb', '.ceb']])('%s is an unsupported type', async (name, ext) => {
    const path = join(scratch, name);
    writeFileSync(path, 'CEB 方正电子文档');
    const failure = failureOf(await importFile(path));
    expect(failure).toMatchObject({ file: name, code: 'unsupported-type' });
    expect(failure?.message).toBe(`无法导入「${name}」：不支持该文件类型（${ext}）。可导入的类型：${SUPPORTED_EXTENSIONS.join('、')}。`);
  });

  it('a damaged .xls (an OLE header and nothing else) is refused as a damaged workbook', async () => {
    const failure = failureOf(await importFile(fixture('sheet.xls')));
    expect(failure).toMatchObject({ file: 'sheet.xls', code: 'corrupt-spreadsheet' });
    expect(failure?.message).toMatch(/^无法导入「sheet\.xls」：文件已损坏或不是有效的 Excel 文件/);
  });

  it.each(['.xls', '.et'])('a workbook (%s) whose sector chains run in a circle is refused as damaged, not followed', async (ext) => {
    const path = join(scratch, `循环扇区${ext}`);
    writeTangledWorkbook(path, readFileSync(fixture('wps/kingsoft-sheet.et')));
    const failure = failureOf(await importFile(path));
    expect(failure?.code).toBe('corrupt-spreadsheet');
    expect(failure?.message).toMatch(/^无法导入「循环扇区\.(xls|et)」：文件已损坏或不是有效的 Excel 文件/);
  });

  it('a file without an extension is an unsupported type', async () => {
    const path = join(scratch, '落实情况');
    writeFileSync(path, '区财政局落实情况。');
    expect(failureOf(await importFile(path))).toMatchObject({ code: 'unsupported-type', file: '落实情况' });
  });

  it('an empty file', async () => {
    expect(failureOf(await importFile(fixture('empty.txt')))).toEqual({
      file: 'empty.txt',
      code: 'empty-file',
      message: '无法导入「empty.txt」：文件是空的（0 字节）。',
    });
  });

  it('a file with nothing but blank lines has no text', async () => {
    const path = join(scratch, '空白.txt');
    writeFileSync(path, '\r\n  \r\n\u3000\r\n');
    expect(failureOf(await importFile(path))).toMatchObject({ code: 'no-text', file: '空白.txt' });
  });

  it('a file over the size limit', async () => {
    const failure = failureOf(await importFile(fixture('gbk-report.txt'), { maxBytes: 100 }));
    expect(failure).toMatchObject({ code: 'too-large', file: 'gbk-report.txt' });
    expect(failure?.message).toMatch(/^无法导入「gbk-report\.txt」：.*超过了.*上限/);
  });

  it('a missing file', async () => {
    const failure = failureOf(await importFile(join(scratch, '不存在的报告.pdf')));
    expect(failure).toMatchObject({ code: 'not-found', file: '不存在的报告.pdf' });
    expect(failure?.message).toContain('找不到该文件');
  });

  it('a folder', async () => {
    const dir = join(scratch, '材料.docx');
    mkdirSync(dir);
    expect(failureOf(await importFile(dir))).toMatchObject({ code: 'not-found', file: '材料.docx' });
  });
});

describe('importBatch', () => {
  it('goes on past failures and reports every file in order', async () => {
    const paths = [fixture('gbk-report.txt'), fixture('truncated.docx'), join(scratch, '缺失.txt'), fixture('sheet.xls'), fixture('utf16le.txt')];
    const progress: [number, number, string][] = [];
    const outcomes = await importBatch(paths, { onProgress: (done, total, file) => progress.push([done, total, file]) });
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.failure.code))).toEqual(['ok', 'corrupt-docx', 'not-found', 'corrupt-spreadsheet', 'ok']);
    expect(outcomes.map((o) => (o.ok ? o.doc.fileName : o.failure.file))).toEqual(['gbk-report.txt', 'truncated.docx', '缺失.txt', 'sheet.xls', 'utf16le.txt']);
    expect(progress).toEqual([
      [1, 5, 'gbk-report.txt'],
      [2, 5, 'truncated.docx'],
      [3, 5, '缺失.txt'],
      [4, 5, 'sheet.xls'],
      [5, 5, 'utf16le.txt'],
    ]);
  });

  it('passes options on and survives a progress listener that throws', async () => {
    const outcomes = await importBatch([fixture('gbk-report.txt'), fixture('utf16be.txt')], {
      maxBytes: 100,
      onProgress: () => {
        throw new Error('listener failed');
      },
    });
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.failure.code))).toEqual(['too-large', 'ok']);
  });

  it('returns nothing for no files', async () => {
    expect(await importBatch([])).toEqual([]);
  });
});

describe('importFile: characters XML 1.0 forbids', () => {
  const body = '区财政局关于落实情况的报告\n一、工作进展\n' + '已按要求完成全部任务，资金拨付到位，项目进度符合计划。\n'.repeat(6);

  it.each([
    ['U+FFFE in UTF-8', Buffer.from(body.replace('落实', '落\uFFFE实').replace('完成', '完\uFFFF成'), 'utf8')],
    ['stray controls in UTF-8', Buffer.from(body.replace('工作', '工\u0001作\u001B'), 'utf8')],
    ['a lone surrogate in UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body.replace('进展', '进\uD800展'), 'utf16le')])],
  ])('replaces %s with spaces and says so', async (_label, bytes) => {
    const path = join(scratch, 'forbidden.txt');
    writeFileSync(path, bytes);
    const outcome = await importFile(path);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { doc } = outcome;
    expect(doc.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/);
    for (const p of doc.paragraphs) expect(p.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/);
    expect(doc.warnings.some((w) => w.includes('U+FFFE') && w.includes('已替换为空格'))).toBe(true);
    expect(doc.text).toContain('已按要求');
  });

  it('warns about nothing in a clean file', async () => {
    const path = join(scratch, 'clean.txt');
    writeFileSync(path, body);
    const outcome = await importFile(path);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.warnings).toEqual([]);
  });
});

describe('importFile: UTF-16 without a byte order mark', () => {
  const text = '区财政局关于落实情况的报告\n一、工作进展\n' + '一季度已按要求完成全部任务，资金拨付到位，项目进度符合计划。\n'.repeat(4);

  it.each(['utf16le', 'utf16be'])('imports %s', async (encoding) => {
    const path = join(scratch, `no-bom-${encoding}.txt`);
    const utf16le = Buffer.from(text, 'utf16le');
    writeFileSync(path, encoding === 'utf16le' ? utf16le : Buffer.from(utf16le).swap16());
    const outcome = await importFile(path);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.encoding).toBe(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');
    expect(outcome.doc.paragraphs.map((p) => p.text)).toContain('一、工作进展');
    expect(outcome.doc.text).toContain('一季度已按要求完成全部任务');
  });
});

describe('importFile: names with direction controls', () => {
  it('names the file in its message with the control shown, not obeyed', async () => {
    const path = join(scratch, '空报告\u202Excod.txt');
    writeFileSync(path, '');
    const failure = failureOf(await importFile(path));
    expect(failure?.file).toBe('空报告\u202Excod.txt');
    expect(failure?.message).toBe('无法导入「空报告‹U+202E›xcod.txt」：文件是空的（0 字节）。');
  });
});
