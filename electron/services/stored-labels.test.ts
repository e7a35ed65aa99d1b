// A workspace written before labels named the middle heading the numbering starts again under: its policy
// (一、 （一） 1. 2. （二） 1. 2.) was stored with 「一、1.」 under both （一） and （二）. Opening it reads the policy again
// from its stored paragraphs: every label is its own, and the office's corrections and decisions and the reports'
// readings stay with the measures they were on. Written before migration 0080, it kept no middle headings either:
// reading again records them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownLabel } from '../../shared/extract/measure-citation';
import { threeLevels } from '../../shared/extract/__fixtures__/three-levels';
import { openWorkspace } from './workspace';

// the three-level example of the README's Numbering policy, with its issuer and date under the title
const POLICY = [threeLevels[0], '云溪区人民政府办公室', '2023年3月1日', ...threeLevels.slice(1)].join('\n');

const REPORTS: Record<string, string> = {
  '区政务服务中心关于推行全程网办的落实情况报告.txt': [
    '区政务服务中心关于推行全程网办落实情况的报告',
    '按照《关于进一步优化营商环境的实施方案》第一部分第（二）项第1条的要求，我中心推进政务服务事项全程网办，已上线事项320项。',
    '区政务服务中心',
    '2023年5月10日',
  ].join('\n'),
  '区市场监管局落实情况报告.txt': [
    '区市场监管局关于优化营商环境工作落实情况的报告',
    '按照《关于进一步优化营商环境的实施方案》要求，我局压缩企业开办时间至1个工作日以内。',
    '区市场监管局',
    '2023年5月12日',
  ].join('\n'),
};

const FRESH = ['一、（一）1.', '一、（一）2.', '一、（二）1.', '一、（二）2.', '二、（一）1.'];

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-labels-'));
  file = join(dir, 'w.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Ws = ReturnType<typeof openWorkspace>;
const AS_OF = '2023-06-30';

/** Which measures each report is read as answering, by file. */
const readings = (ws: Ws) => Object.fromEntries(ws.listDocuments().filter((d) => d.role === 'submission').map((d) => [d.fileName, ws.getDocument(d.id)!.analysis?.measures]));
const labels = (ws: Ws) => ws.getPolicy()!.extract.measures.map((m) => m.label);
const storedLabels = (ws: Ws) => (ws.db.prepare('SELECT label FROM measures ORDER BY number').all() as { label: string }[]).map((r) => r.label);

async function oldWorkspace(): Promise<{ before: ReturnType<typeof readings> }> {
  const ws = openWorkspace(file, { today: () => '2023-06-01', user: '张三' });
  writeFileSync(join(dir, '实施方案.txt'), POLICY);
  await ws.importFiles([join(dir, '实施方案.txt')], 'policy');
  const reports = Object.entries(REPORTS).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  await ws.importFiles(reports, 'submission');
  expect(labels(ws)).toEqual(FRESH);
  ws.call('policy/update-measure', { number: 4, patch: { title: '快速回应企业诉求' } });
  ws.call('decisions/record', { measure: 3, department: '区政务服务中心', kind: 'closed', date: '2023-06-20', note: null });
  const before = readings(ws);
  // the labels as the version before wrote them: the section in front, the middle heading not
  for (const [number, own] of [[1, '1.'], [2, '2.'], [3, '1.'], [4, '2.'], [5, '1.']] as const) {
    ws.db.prepare("UPDATE measures SET label = section || '、' || ? WHERE number = ?").run(own, number);
  }
  expect(storedLabels(ws)).toEqual(['一、1.', '一、2.', '一、1.', '一、2.', '二、1.']);
  // and the schema before migration 0080 kept middle headings
  ws.db.exec('ALTER TABLE measures DROP COLUMN middle_heading');
  ws.db.pragma('user_version = 70');
  ws.close();
  return { before };
}

describe("a policy stored with labels that collide, before middle headings were kept", () => {
  it('is read again on opening: labels unique, corrections, decisions and readings on the same measures', async () => {
    const { before } = await oldWorkspace();
    expect(before['区政务服务中心关于推行全程网办的落实情况报告.txt']).toEqual([3]);
    expect(before['区市场监管局落实情况报告.txt']).toEqual([1]);

    const ws = openWorkspace(file, { today: () => '2023-06-01' });
    expect(ws.db.pragma('user_version', { simple: true })).toBe(80);
    expect(labels(ws)).toEqual(FRESH);
    expect(storedLabels(ws)).toEqual(FRESH);
    // migration 0080 and reading again put the middle headings on the measures
    expect(ws.getPolicy()!.extract.measures.map((m) => m.middleHeading?.title)).toEqual(['深化商事制度改革', '深化商事制度改革', '提升政务服务效能', '提升政务服务效能', '优化监管']);
    expect(new Set(labels(ws)).size).toBe(FRESH.length);
    const policy = ws.getPolicy()!;
    // the title correction is still on measure 4, the decision on measure 3, nothing waits for review
    expect(policy.extract.measures.find((m) => m.number === 4)).toMatchObject({ label: '一、（二）2.', title: '快速回应企业诉求' });
    expect(policy.corrected).toEqual([4]);
    expect(policy.review).toEqual([]);
    const ob = (measure: number, department: string) => ws.compliance(AS_OF).obligations.find((o) => o.measure === measure && o.department === department)!;
    expect(ob(3, '区政务服务中心')).toMatchObject({ status: 'on_time', respondedOn: '2023-05-10', decision: { kind: 'closed' } });
    expect(ob(1, '区市场监管局')).toMatchObject({ status: 'on_time', respondedOn: '2023-05-12' });
    expect(readings(ws)).toEqual(before);
    ws.close();

    // once read again, opening changes nothing more
    const again = openWorkspace(file, { today: () => '2023-06-01' });
    expect(labels(again)).toEqual(FRESH);
    expect(readings(again)).toEqual(before);
    again.close();
  });

  it('leaves a policy alone whose labels only look alike before loading (stored before they named their section)', async () => {
    const ws = openWorkspace(file, { today: () => '2023-06-01' });
    const text = ['关于做好就业工作的通知', '一、稳定就业', '1.扩大就业。（区人社局牵头）', '2.稳定岗位。（区财政局牵头）', '二、兜底帮扶', '1.帮扶困难人员。（区民政局牵头）'].join('\n');
    writeFileSync(join(dir, '通知.txt'), text);
    await ws.importFiles([join(dir, '通知.txt')], 'policy');
    expect(labels(ws)).toEqual(['一、1.', '一、2.', '二、1.']);
    for (const m of ws.getPolicy()!.extract.measures) ws.db.prepare('UPDATE measures SET label = ? WHERE number = ?').run(ownLabel(m.label), m.number);
    const id = ws.getPolicy()!.documentId;
    ws.close();
    const opened = openWorkspace(file, { today: () => '2023-06-01' });
    // loading names the sections; the rows were not written again
    expect(labels(opened)).toEqual(['一、1.', '一、2.', '二、1.']);
    expect(storedLabels(opened)).toEqual(['1.', '2.', '1.']);
    expect(opened.getPolicy()!.documentId).toBe(id);
    opened.close();
  });
});
