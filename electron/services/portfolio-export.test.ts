// Notices, the 督查通报, the department table and the merge preview on a workspace of four policies: the seed
// (市中区), the county and city sample sets, and a second 市中区 document (fixture) whose duties fall on some of
// the seed's departments, each with its reports, all read through the real pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { openWorkspace } from './workspace';
import { buildBulletin } from '../export';
import { bodyParagraphs, readDocx, tablesOf } from '../export/__fixtures__/read-docx';
import { convertToPdf, sofficeCommand } from '../export/__fixtures__/soffice';
import { countedObligations } from '../../shared/compliance/decisions';
import { isOutstanding } from '../../shared/export/outstanding';
import type { PolicyRef } from '../../shared/portfolio/types';
import type { ComplianceResult } from '../../shared/types';

const root = join(__dirname, '..', '..');
const seeds = join(root, 'seeds');
const district = join(__dirname, '__fixtures__', 'portfolio');
const AS_OF = '2024-12-20';
const folderFiles = (dir: string) => readdirSync(dir).map((f) => join(dir, f));

const SETS = [
  { policy: join(seeds, 'policy-seed.txt'), reports: join(seeds, 'submissions') },
  { policy: join(district, 'policy-district.txt'), reports: join(district, 'reports') },
  { policy: join(seeds, 'sample-2', 'policy.txt'), reports: join(seeds, 'sample-2', 'submissions') },
  { policy: join(seeds, 'sample-3', 'policy.docx'), reports: join(seeds, 'sample-3', 'submissions') },
];

/** The department both 市中区 documents give duties to. */
const SHARED = '区财政局';

describe('exports across the policies of a workspace', () => {
  let dir: string;
  let ws: ReturnType<typeof openWorkspace>;
  let refs: PolicyRef[];
  const matrix = (id: number): ComplianceResult => ws.call('compliance/matrix', { asOf: AS_OF, policy: id });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-portfolio-export-'));
    ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => AS_OF });
    for (const set of SETS) {
      const p = await ws.importFiles([set.policy], 'policy');
      expect(p.failed).toBe(0);
      await ws.importFiles(folderFiles(set.reports), 'submission');
    }
    refs = ws.info().policies;
    expect(refs.map((r) => r.docNumber)).toEqual(['市中政办发〔2021〕14号', '市中政办发〔2022〕5号', '云政办发〔2023〕21号', '江政发〔2024〕3号']);
  }, 300_000);
  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('places the fixture report on the second 市中区 document by the number it cites', () => {
    const report = ws.listDocuments().find((d) => d.fileName.startsWith('区财政局关于市中政办发〔2022〕5号'))!;
    expect(report.policies?.map((p) => p.policy)).toEqual([refs[1].id]);
    expect(matrix(refs[1].id).obligations.find((o) => o.measure === 2 && o.department === SHARED)?.status).toBe('on_time');
  });

  it('a department’s notice lists what it owes on every policy, grouped under each policy', async () => {
    const owed = refs.map((r) => ({ ref: r, items: matrix(r.id).obligations.filter((o) => o.department === SHARED && isOutstanding(o)) }));
    const withItems = owed.filter((x) => x.items.length > 0);
    expect(withItems.map((x) => x.ref.id)).toEqual([refs[0].id, refs[1].id]);

    const file = join(dir, 'notice.docx');
    await ws.exportNotices(file, AS_OF, { replyBy: '2024-12-31', department: SHARED, office: '市中区人民政府督查室' });
    const paragraphs = bodyParagraphs((await readDocx(readFileSync(file))).document).map((p) => p.text.replace(/\n/g, ''));
    expect(paragraphs[0]).toBe('关于加快报送有关政策文件落实情况的通知');
    expect(paragraphs[2]).toBe(`${SHARED}：`);
    const total = withItems.reduce((n, x) => n + x.items.length, 0);
    const missing = withItems.flatMap((x) => x.items).filter((o) => o.status === 'missing').length;
    expect(paragraphs[3]).toContain(`按照《市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）、《市中区人民政府办公室关于做好稳就业保民生重点工作的实施方案》（市中政办发〔2022〕5号）要求`);
    expect(paragraphs[3]).toContain(`${missing}项任务未报送落实情况`);
    // Each policy's group: its heading, then its items numbered from 1, in measure order.
    const headings = paragraphs.map((p, i) => [p, i] as const).filter(([p]) => /^（[一二三四]）《/.test(p));
    expect(headings.map(([p]) => p)).toEqual([
      '（一）《市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）',
      '（二）《市中区人民政府办公室关于做好稳就业保民生重点工作的实施方案》（市中政办发〔2022〕5号）',
    ]);
    const groupItems = (g: number) => {
      const end = g + 1 < headings.length ? headings[g + 1][1] : paragraphs.findIndex((p) => p.startsWith('请你单位高度重视'));
      return paragraphs.slice(headings[g][1] + 1, end).map((p) => Number(/^\d+\. 第(\d+)条/.exec(p)?.[1]));
    };
    expect(groupItems(0)).toEqual(withItems[0].items.map((o) => o.measure));
    expect(groupItems(1)).toEqual(withItems[1].items.map((o) => o.measure));
    expect(groupItems(0).length + groupItems(1).length).toBe(total);
  });

  it('records each item of a cross-policy notice with its policy, and the next preview says when each was chased', () => {
    const record = ws.call('export/notice-records', undefined).find((r) => r.department === SHARED)!;
    expect(new Set(record.items.map((i) => i.policy))).toEqual(new Set([refs[0].id, refs[1].id]));
    const [preview] = ws.call('export/notice-preview', { asOf: AS_OF, options: { replyBy: '2025-01-10', department: SHARED } });
    expect(preview.items.map((i) => [i.policy, i.measure])).toEqual(record.items.map((i) => [i.policy, i.measure]));
    for (const item of preview.items) expect(item.chasedOn).toEqual([AS_OF]);
    expect(preview.text.filter((l) => l.includes(`此项已于2024年12月20日催办。`))).toHaveLength(preview.items.length);
  });

  it('with options.policy, a notice covers that policy alone, as a one-policy notice', () => {
    const [preview] = ws.call('export/notice-preview', { asOf: AS_OF, options: { replyBy: '2025-01-10', department: SHARED, policy: refs[1].id } });
    expect(new Set(preview.items.map((i) => i.policy))).toEqual(new Set([refs[1].id]));
    expect(preview.text[0]).toBe('关于加快报送《市中区人民政府办公室关于做好稳就业保民生重点工作的实施方案》落实情况的通知');
  });

  it('writes the 督查通报 with each policy’s figures equal to its own matrix, and the departments ranked across policies', async () => {
    const file = join(dir, 'bulletin.docx');
    await ws.exportReport(file, AS_OF, { date: '2024-12-21', office: '市中区人民政府督查室' }, 'all');
    const { document } = await readDocx(readFileSync(file));
    const [figures, departments] = tablesOf(document);
    expect(figures.rows[0].cells).toEqual(['政策文件', '任务数', '按时报送', '逾期报送', '未报送', '未到期', '按时报送率']);
    const sums = [0, 0, 0, 0, 0];
    refs.forEach((ref, i) => {
      const counted = countedObligations(matrix(ref.id).obligations);
      const by = (s: string) => counted.filter((o) => o.status === s).length;
      const expected = [counted.length, by('on_time'), by('late'), by('missing'), by('pending')];
      expected.forEach((n, k) => (sums[k] += n));
      const due = by('on_time') + by('late') + by('missing');
      expect(figures.rows[i + 1].cells.slice(0, 6)).toEqual([ref.label, ...expected.map(String)]);
      expect(figures.rows[i + 1].cells[6]).toBe(due ? `${Math.round((by('on_time') / due) * 1000) / 10}%`.replace(/\.0%$/, '%') : '—');
    });
    expect(figures.rows[refs.length + 1].cells.slice(0, 6)).toEqual(['合计', ...sums.map(String)]);

    // Ranked by missing, then late, over every policy.
    const tallies = departments.rows.slice(1).map((r) => ({ name: r.cells[0], late: Number(r.cells[4]), missing: Number(r.cells[5]) }));
    for (let i = 1; i < tallies.length; i++) {
      const [a, b] = [tallies[i - 1], tallies[i]];
      expect(a.missing > b.missing || (a.missing === b.missing && a.late >= b.late), `${a.name} before ${b.name}`).toBe(true);
    }
    const shared = departments.rows.find((r) => r.cells[0] === SHARED)!;
    expect(shared.cells[1]).toBe('2');

    const text = (await mammoth.extractRawText({ path: file })).value;
    for (const ref of refs.filter((r) => matrix(r.id).obligations.some(isOutstanding))) {
      expect(text).toContain(`》（${ref.docNumber}）`);
    }
    // The overview's status chart is drawn in, with its caption.
    expect(document.match(/<pic:pic\b/g)).toHaveLength(1);
    expect(text).toContain('图1　各政策文件任务报送情况');
  });

  it('draws the chart it is given into the 督查通报, scaled to the text width', async () => {
    const png = readFileSync(join(root, 'electron', 'import', '__fixtures__', 'picture.png'));
    const parts = refs.map((ref) => ({ policy: ws.call('policy/get', { policy: ref.id })!.extract, result: matrix(ref.id) }));
    const data = await buildBulletin({ parts, date: '2024-12-21', chart: new Uint8Array(png) });
    const zip = await import('jszip').then((m) => m.default.loadAsync(data));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0])!.async('uint8array')).equals(png)).toBe(true);
    const { document } = await readDocx(data);
    // 150 mm wide at 9525 EMU per pixel (96 to the inch); 480 × 120 keeps its 4:1 proportion.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document)!;
    expect(Number(extent[1])).toBe(Math.round((150 / 25.4) * 96) * 9525);
    expect(Number(extent[2])).toBe(Math.round(Math.round((150 / 25.4) * 96) / 4) * 9525);
    expect((await mammoth.extractRawText({ buffer: data })).value).toContain('图1　各政策文件任务报送情况');

    // LibreOffice, the strictest reader at hand, opens it and prints the picture.
    const soffice = sofficeCommand();
    if (!soffice) return;
    const docx = join(dir, 'bulletin-chart.docx');
    writeFileSync(docx, data);
    const [pdf] = convertToPdf(soffice, [docx], dir);
    expect(pdf).toBeDefined();
    const images = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    if (images.status === 0) expect(images.stdout).toMatch(/\s480\s+120\s/);
  }, 180_000);

  it('keeps the one-policy report for a policy id', async () => {
    const file = join(dir, 'report.docx');
    await ws.exportReport(file, AS_OF, { date: '2024-12-21' }, refs[2].id);
    const text = (await mammoth.extractRawText({ path: file })).value;
    expect(text).toContain('关于《云溪县人民政府办公室关于印发〈云溪县优化营商环境攻坚行动工作方案〉的通知》落实情况的督查报告');
    expect(text).not.toContain('市中政办发');
  });

  it('lists a department once, with its duties on every policy and each report counted once', () => {
    const rows = ws.departments();
    const names = rows.map((r) => r.canonical);
    expect(new Set(names).size).toBe(names.length);
    const duties = (name: string) =>
      refs.reduce((n, ref) => n + ws.call('policy/get', { policy: ref.id })!.extract.measures.filter((m) => [...m.lead, ...m.support].includes(name)).length, 0);
    const finance = rows.find((r) => r.canonical === SHARED)!;
    expect(finance.obligations).toBe(duties(SHARED));
    // More than the seed alone gives it: the second 市中区 document's duties are on the same row.
    const seedDuties = ws.call('policy/get', { policy: refs[0].id })!.extract.measures.filter((m) => [...m.lead, ...m.support].includes(SHARED)).length;
    expect(finance.obligations).toBe(seedDuties + 3);
    const reports = ws.listDocuments().filter((d) => d.role === 'submission' && (d.policies?.length ?? 0) > 0 && d.departments.includes(SHARED));
    expect(finance.submissions).toBe(reports.length);
    expect(rows.some((r) => r.canonical === '县财政局')).toBe(true);
    expect(rows.some((r) => r.canonical === '市财政局')).toBe(true);
  });

  it('previews a merge with the obligations of every policy, each measure with its policy', () => {
    const preview = ws.call('departments/merge-preview', { names: [SHARED, '区民政局'], into: SHARED, asOf: AS_OF });
    const policiesSeen = new Set(preview.measures.map((m) => m.policy));
    expect(policiesSeen).toEqual(new Set([refs[0].id, refs[1].id]));
    // Measure 3 of the second document: 区民政局 leads, 区财政局 supports; merged, one department holds it.
    const m3 = preview.measures.find((m) => m.policy === refs[1].id && m.measure === 3)!;
    expect(m3.before.map((b) => b.department).sort()).toEqual(['区民政局', SHARED].sort());
    expect(m3.after).not.toBeNull();
    expect(ws.departments().some((r) => r.canonical === '区民政局')).toBe(true);
  });
});
