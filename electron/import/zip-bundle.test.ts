// Zip archives of documents: a batch takes the files inside as if chosen one by one (an archive inside opened too),
// names written in GBK by Chinese Windows read right, other systems' leftovers left out, what cannot be read named;
// an archive that gives nothing is refused with the reason, and the rest of the batch imports.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZipBomb } from '../ingest/hostile-files';
import { openWorkspace } from '../services/workspace';

const root = join(__dirname, '..', '..');
const submissions = join(root, 'seeds', 'submissions');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-zip-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An archive as Chinese Windows writes one: names in GBK, the UTF-8 flag unset. */
async function archive(path: string, files: Record<string, Buffer | string>): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', encodeFileName: (name) => iconv.encode(name, 'gbk') as unknown as string }));
  return path;
}

function workspace(name: string) {
  return openWorkspace(join(scratch, `${name}.sqlite`), { today: () => '2022-03-31' });
}

describe('zip archives', () => {
  it('imports the files inside, an archive inside too, and names the ones it cannot read', async () => {
    const inner = await archive(join(scratch, '补报.zip'), { '住建局报告.docx': readFileSync(join(submissions, '住建局报告.docx')) });
    const bundle = await archive(join(scratch, '各单位报送材料.zip'), {
      '各单位材料/市场监管局落实情况报告.pdf': readFileSync(join(submissions, '市场监管局落实情况报告.pdf')),
      '各单位材料/交通运输局关于降低物流成本工作情况的报告.txt': readFileSync(join(submissions, '交通运输局关于降低物流成本工作情况的报告.txt')),
      '补报.zip': readFileSync(inner),
      '说明.exe': 'MZ',
      '__MACOSX/各单位材料/._市场监管局落实情况报告.pdf': 'x',
      '各单位材料/.DS_Store': 'x',
    });
    const ws = workspace('bundle');
    await ws.importFiles([join(root, 'seeds', 'policy-seed.txt')], 'policy');
    const unpacked = () => readdirSync(tmpdir()).filter((f) => f.startsWith('luoshi-zip-')).length;
    const before = unpacked();
    const batch = await ws.importFiles([bundle], 'submission');
    expect(batch.results.map((r) => [r.file, r.ok])).toEqual([
      ['市场监管局落实情况报告.pdf', true],
      ['交通运输局关于降低物流成本工作情况的报告.txt', true],
      ['住建局报告.docx', true],
      ['说明.exe', false],
    ]);
    expect(batch.results[3].error?.message).toContain('不支持该文件类型（.exe）');
    const reports = ws.listDocuments().filter((d) => d.role === 'submission');
    expect(reports.map((d) => d.fileName).sort()).toEqual(['交通运输局关于降低物流成本工作情况的报告.txt', '住建局报告.docx', '市场监管局落实情况报告.pdf'].sort());
    // The reports count in the ledger as if imported one by one.
    expect(ws.compliance('2022-03-31').obligations.some((o) => o.department === '区市场监管局' && o.status !== 'missing')).toBe(true);
    // What the archive gave is gone once the batch is over; the PDF's page is kept in the workspace.
    expect(unpacked()).toBe(before);
    const pdf = reports.find((d) => d.fileName.endsWith('.pdf'))!;
    expect((await ws.originalPdf(pdf.id))?.pageCount).toBe(2);
    ws.close();
  });

  it('an archive that gives nothing is refused with the reason, and the rest of the batch imports', async () => {
    const damaged = join(scratch, '损坏.zip');
    writeFileSync(damaged, 'PK\u0003\u0004 not really a zip');
    const empty = await archive(join(scratch, '空包.zip'), { '__MACOSX/._a.txt': 'x' });
    const bomb = join(scratch, '报告合集.zip');
    writeZipBomb(bomb, 'report.txt');
    const locked = join(scratch, '加密.zip');
    const bytes = readFileSync(await archive(join(scratch, 'plain.zip'), { 'a.txt': '落实情况' }));
    // The central directory's flag for an entry encrypted with a password.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt16LE(bytes.readUInt16LE(central + 8) | 1, central + 8);
    writeFileSync(locked, bytes);

    const ws = workspace('refused');
    const batch = await ws.importFiles([damaged, empty, bomb, locked, join(submissions, '区市场监管局工作进展（11月）.txt')], 'submission');
    const byFile = Object.fromEntries(batch.results.map((r) => [r.file, r.ok ? 'ok' : r.error?.message]));
    expect(byFile).toEqual({
      '损坏.zip': '无法导入「损坏.zip」：压缩包已损坏或不是 zip 格式（.rar、.7z 等请先解压），无法读取。',
      '空包.zip': '无法导入「空包.zip」：压缩包是空的，没有可导入的文件。',
      '报告合集.zip': expect.stringContaining('压缩包中的文件解压后超过了上限（单个文件 50 MB'),
      '加密.zip': '无法导入「加密.zip」：压缩包设置了密码，无法解压。请解压后导入其中的文件。',
      '区市场监管局工作进展（11月）.txt': 'ok',
    });
    ws.close();
  });
});
