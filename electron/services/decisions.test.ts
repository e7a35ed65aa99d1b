// The office's last word on a real workspace: ledger and report corrections, decisions, the journal and
// undo, all surviving reopening, re-analysis and re-import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInput } from '../../shared/api/contract';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const report = (name: string) => join(seeds, 'submissions', name);
const AS_OF = '2022-01-31';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-decisions-'));
  file = join(dir, 'w.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Ws = ReturnType<typeof openWorkspace>;

async function seeded(): Promise<Ws> {
  const ws = openWorkspace(file, { today: () => '2021-10-01', user: '张三' });
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  await ws.importFiles(
    [report('司法局落实情况报告1018.pdf'), report('应急局关于双随机一公开监管工作的报告.txt'), report('会议纪要（第12期）.docx'), report('关于放管服改革落实情况的报告（民政）.docx')],
    'submission',
  );
  return ws;
}

const ob = (ws: Ws, measure: number, department: string) =>
  ws.compliance(AS_OF).obligations.find((o) => o.measure === measure && o.department === department)!;

describe('ledger corrections', () => {
  it('a corrected deadline changes the verdict, is journaled, and undo puts it back', async () => {
    const ws = await seeded();
    expect(ob(ws, 27, '区司法局')).toMatchObject({ due: '2021-09-30', status: 'late' });
    ws.call('policy/update-measure', { number: 27, patch: { deadlines: [{ text: '', date: '2021-10-31', kind: 'by' }] } });
    expect(ob(ws, 27, '区司法局')).toMatchObject({ due: '2021-10-31', status: 'on_time' });
    expect(ws.getPolicy()!.extract.measures.find((m) => m.number === 27)!.deadlines[0].text).toBe('2021年10月31日前');
    const [entry] = ws.call('journal/list', {});
    expect(entry).toMatchObject({ kind: 'ledger', measure: 27, who: '张三', undoable: true });
    expect(entry.summary).toContain('完成时限');
    ws.call('journal/undo', {});
    expect(ob(ws, 27, '区司法局')).toMatchObject({ due: '2021-09-30', status: 'late' });
    expect(ws.call('journal/list', {})[0]).toMatchObject({ kind: 'undo', undoes: entry.id });
    ws.close();
  });

  it('edits departments (a typed name folds), adds, merges and removes measures, and corrects the date of issue', async () => {
    const ws = await seeded();
    ws.call('policy/update-measure', { number: 26, patch: { lead: ['市场监管局'], support: ['区应急管理局'] } });
    const m26 = ws.getPolicy()!.extract.measures.find((m) => m.number === 26)!;
    expect(m26.lead).toEqual(['区市场监管局']);
    expect(m26.support).toEqual(['区应急管理局']);
    // the emergency bureau's report on measure 26 now counts for a duty it has
    expect(ob(ws, 26, '区应急管理局')).toMatchObject({ status: 'on_time', respondedOn: '2021-10-25' });

    ws.call('policy/add-measure', { title: '建立督查台账', lead: ['区政府办公室'] });
    expect(ws.getPolicy()!.extract.measures.find((m) => m.number === 30)).toMatchObject({ title: '建立督查台账', lead: ['区政府办公室'] });
    ws.call('policy/merge-measures', { from: 9, into: 8 });
    ws.call('policy/remove-measure', { number: 29 });
    const numbers = ws.getPolicy()!.extract.measures.map((m) => m.number);
    expect(numbers).not.toContain(9);
    expect(numbers).not.toContain(29);
    expect(ws.getPolicy()!.extract.measures.find((m) => m.number === 8)!.text).toContain('知识产权');

    // 11月底前 in measure 1 follows the year of issue
    ws.call('policy/update-meta', { issuedOn: '2022-03-01', docNumber: '市中政办发〔2022〕3号' });
    const policy = ws.getPolicy()!.extract;
    expect(policy.docNumber).toBe('市中政办发〔2022〕3号');
    expect(policy.measures.find((m) => m.number === 1)!.deadlines[0].date).toBe('2022-11-30');
    ws.close();
  });

  it('refuses bad input with a zh-CN message and changes nothing', async () => {
    const ws = await seeded();
    const before = ws.call('journal/list', {}).length;
    const policy = JSON.stringify(ws.getPolicy());
    expect(() => ws.call('policy/update-measure', { number: 99, patch: { title: '不存在' } })).toThrow('政策中没有第99条措施');
    expect(parseInput('policy/update-measure', { number: 1, patch: { lead: ['  '] } })).toMatchObject({ ok: false, message: expect.stringContaining('部门名称不能为空') });
    expect(parseInput('decisions/record', { measure: 1, department: '区财政局', kind: 'closed', date: '2021-02-30' })).toMatchObject({ ok: false, message: expect.stringContaining('日期不存在') });
    expect(() => ws.call('decisions/record', { measure: 1, department: '区人力资源和社会保障局', kind: 'exempt', date: '2021-12-01' })).toThrow('免报需要写明理由');
    expect(() => ws.call('decisions/record', { measure: 1, department: '区教体局', kind: 'closed', date: '2021-12-01' })).toThrow('不是第1条的责任单位');
    expect(() => ws.call('documents/correct', { id: 1, date: '2021-10-01' })).toThrow('是政策文件');
    expect(() => ws.call('decisions/record', { measure: 12, department: '区自然资源局', period: '2021-10-05', kind: 'exempt', date: '2021-12-01', note: '停产' })).toThrow('没有应于2021-10-05报送的一期');
    expect(() => ws.call('decisions/record', { measure: 27, department: '区司法局', period: '2021-10-04', kind: 'closed', date: '2021-12-01' })).toThrow('没有应于');
    expect(ws.call('journal/list', {})).toHaveLength(before);
    expect(JSON.stringify(ws.getPolicy())).toBe(policy);
    // a real period of the monthly duty is accepted
    ws.call('decisions/record', { measure: 12, department: '区自然资源局', period: '2021-11-04', kind: 'exempt', date: '2021-12-01', note: '停产' });
    const m12 = ob(ws, 12, '区自然资源局');
    expect(m12.periods!.find((p) => p.due === '2021-11-04')!.decision?.label).toBe('免报');
    ws.close();
  });
});

describe('report corrections', () => {
  it('moves a report to another department and links one by hand with the chosen passage', async () => {
    const ws = await seeded();
    const docs = ws.listDocuments();
    const emergency = docs.find((d) => d.fileName.startsWith('应急局'))!;
    expect(ob(ws, 26, '区市场监管局').status).toBe('missing');
    ws.call('documents/correct', { id: emergency.id, departments: ['区市场监管局'] });
    expect(ws.getDocument(emergency.id)).toMatchObject({ departments: ['区市场监管局'], corrected: true });
    expect(ob(ws, 26, '区市场监管局')).toMatchObject({ status: 'on_time', respondedOn: '2021-10-25' });

    const minutes = docs.find((d) => d.fileName.startsWith('会议纪要'))!;
    expect(ob(ws, 3, '区教体局').status).toBe('missing');
    const passage = ws.getDocument(minutes.id)!.paragraphs.find((p) => p.text.length > 30)!;
    ws.call('documents/link', { id: minutes.id, measure: 3, paragraph: passage.index });
    const linked = ob(ws, 3, '区教体局');
    expect(linked.status).toBe('on_time');
    expect(linked.evidence[0].excerpt).toBe(passage.text);
    expect(ws.compare(3, '区教体局', AS_OF)!.responses[0].linked).toEqual([passage.index]);

    ws.call('documents/unlink', { id: minutes.id, measure: 3 });
    expect(ob(ws, 3, '区教体局').status).toBe('missing');
    ws.call('documents/correct', { id: emergency.id, date: '2022-01-05' });
    expect(ob(ws, 26, '区市场监管局')).toMatchObject({ status: 'late', respondedOn: '2022-01-05' });
    ws.close();
  });

  it('a report taken as the policy can become a report, and back', async () => {
    const ws = await seeded();
    const policyId = ws.listDocuments().find((d) => d.role === 'policy')!.id;
    ws.call('documents/set-role', { id: policyId, role: 'submission' });
    expect(ws.info().hasPolicy).toBe(false);
    ws.call('journal/undo', {});
    expect(ws.info().hasPolicy).toBe(true);
    expect(ob(ws, 27, '区司法局').status).toBe('late');
    ws.close();
  });
});

describe('decisions', () => {
  it('separates what was reported from what the office decided', async () => {
    const ws = await seeded();
    ws.call('decisions/record', { measure: 27, department: '区司法局', kind: 'extended', date: '2021-09-20', newDue: '2021-10-31', note: '系统改造', approver: '李局长' });
    expect(ob(ws, 27, '区司法局')).toMatchObject({
      status: 'on_time',
      due: '2021-10-31',
      decision: { kind: 'extended', label: '延期至2021年10月31日', originalDue: '2021-09-30', approver: '李局长' },
    });
    ws.call('decisions/record', { measure: 21, department: '区民政局', kind: 'closed', date: '2021-12-20', note: '已完成改革' });
    expect(ob(ws, 21, '区民政局')).toMatchObject({ status: 'on_time', decision: { label: '办结' } });
    const total = ws.compliance(AS_OF).obligations.length;
    ws.call('decisions/record', { measure: 1, department: '区市场监管局', kind: 'exempt', date: '2021-12-01', note: '不涉及' });
    expect(ob(ws, 1, '区市场监管局').decision?.label).toBe('免报');
    expect(ws.compliance(AS_OF).obligations).toHaveLength(total);
    ws.call('decisions/record', { measure: 2, department: '区民政局', kind: 'returned', date: '2021-12-01', note: '未写明培训人数' });
    expect(ob(ws, 2, '区民政局')).toMatchObject({ status: 'missing', respondedOn: null, decision: { label: '退回', note: '未写明培训人数' } });
    ws.call('decisions/record', { measure: 2, department: '区民政局', kind: 'note', date: '2021-12-02', note: '请抓紧落实' });
    expect(ob(ws, 2, '区民政局').notes).toEqual([{ date: '2021-12-02', note: '请抓紧落实' }]);

    // an earlier decision cannot be undone while a later one on the same slot stands; any independent one can
    const entries = ws.call('journal/list', { filter: { kinds: ['decision'] } });
    expect(entries).toHaveLength(5);
    const closed = entries.find((e) => e.summary.includes('办结'))!;
    ws.call('journal/undo', { id: closed.id });
    expect(ob(ws, 21, '区民政局').decision).toBeUndefined();
    expect(() => ws.call('journal/undo', { id: closed.id })).toThrow('已撤销');
    expect(ws.call('journal/list', { filter: { measure: 27 } }).map((e) => e.kind)).toContain('decision');
    expect(ws.call('journal/list', { filter: { department: '区民政局' } }).length).toBeGreaterThanOrEqual(3);
    ws.close();
  });

  it('keeps every decision and correction through reopening, an alias change, re-importing a report and the policy', async () => {
    const ws = await seeded();
    ws.call('decisions/record', { measure: 27, department: '区司法局', kind: 'extended', date: '2021-09-20', newDue: '2021-10-31', note: '系统改造', approver: '李局长' });
    ws.call('decisions/record', { measure: 21, department: '区民政局', kind: 'closed', date: '2021-12-20', note: null });
    const emergency = ws.listDocuments().find((d) => d.fileName.startsWith('应急局'))!;
    ws.call('documents/correct', { id: emergency.id, departments: ['区市场监管局'] });
    ws.call('policy/update-measure', { number: 23, patch: { title: '精准实施社会救助（更正）' } });
    // the policy's id changes when it is imported again; everything else must not
    const picture = () => ({
      m27: { ...ob(ws2, 27, '区司法局'), policy: undefined },
      m21: ob(ws2, 21, '区民政局').decision?.label,
      m26: ob(ws2, 26, '区市场监管局').status,
      m23: ws2.getPolicy()!.extract.measures.find((m) => m.number === 23)!.title,
    });
    ws.close();

    let ws2 = openWorkspace(file, { today: () => '2021-10-01' });
    const first = picture();
    expect(first).toMatchObject({ m27: { status: 'on_time', decision: { label: '延期至2021年10月31日' } }, m21: '办结', m26: 'on_time', m23: '精准实施社会救助（更正）' });
    // re-analysis after an alias change
    ws2.mergeDepartments(['区应急局'], '区应急管理局');
    expect(picture()).toEqual(first);
    // the same report removed and imported again
    ws2.removeDocument(emergency.id);
    await ws2.importFiles([report('应急局关于双随机一公开监管工作的报告.txt')], 'submission');
    expect(picture()).toEqual(first);
    // the policy imported again, in another rendition
    ws2.removeDocument(ws2.listDocuments().find((d) => d.role === 'policy')!.id);
    await ws2.importFiles([join(seeds, 'policy-seed.docx')], 'policy');
    expect(picture()).toEqual(first);
    expect(ws2.getPolicy()!.review).toEqual([]);
    ws2.close();

    // a corrected policy whose measure 21 has another title: the decision waits for review
    ws2 = openWorkspace(file, { today: () => '2021-10-01' });
    ws2.removeDocument(ws2.listDocuments().find((d) => d.role === 'policy')!.id);
    const changed = join(dir, '修订后的政策.txt');
    writeFileSync(changed, readFileSync(join(seeds, 'policy-seed.txt'), 'utf8').replace('推进公办养老机构改革', '深化养老服务体系改革'));
    await ws2.importFiles([changed], 'policy');
    expect(ws2.getPolicy()!.review).toEqual([expect.objectContaining({ kind: 'decision', measure: 21 })]);
    expect(ob(ws2, 21, '区民政局').decision).toBeUndefined();
    expect(ob(ws2, 27, '区司法局').decision?.label).toBe('延期至2021年10月31日');
    ws2.close();
  });
});

describe('migration 0030', () => {
  it('carries a workspace written before it forward, with a journal of what was imported', () => {
    copyFileSync(join(__dirname, '..', 'db', '__fixtures__', 'workspace-v20.sqlite'), file);
    const ws = openWorkspace(file, { today: () => '2021-10-01' });
    expect(ws.listDocuments()).toHaveLength(3);
    expect(ws.getSettings().reportDeadline).toBe('2021-12-31');
    expect(ob(ws, 27, '区司法局')).toMatchObject({ status: 'late', respondedOn: '2021-10-18' });
    const journal = ws.call('journal/list', {});
    expect(journal.map((e) => e.kind)).toEqual(['import', 'import', 'import']);
    expect(journal[2].summary).toContain('policy-seed.txt');
    ws.call('decisions/record', { measure: 27, department: '区司法局', kind: 'extended', date: '2021-09-20', newDue: '2021-10-31', note: '系统改造', approver: '李局长' });
    expect(ob(ws, 27, '区司法局').status).toBe('on_time');
    ws.close();
  });
});

describe('export', () => {
  it('the report and the notices show what was reported and what was decided, in the words of the views', async () => {
    const mammoth = (await import('mammoth')).default;
    const { REPORTED_LABEL, decisionLabel } = await import('../../shared/compliance/status-words');
    const ws = await seeded();
    ws.call('decisions/record', { measure: 27, department: '区司法局', kind: 'extended', date: '2021-09-20', newDue: '2021-10-31', note: '系统改造', approver: '李局长' });
    ws.call('decisions/record', { measure: 21, department: '区民政局', kind: 'closed', date: '2021-12-20', note: '已完成改革' });
    ws.call('decisions/record', { measure: 1, department: '区市场监管局', kind: 'exempt', date: '2021-12-01', note: '不涉及' });
    ws.call('decisions/record', { measure: 2, department: '区民政局', kind: 'returned', date: '2021-12-01', note: '未写明培训人数' });
    const reportPath = await ws.exportReport(join(dir, 'report.docx'), AS_OF, { date: '2022-02-01', journal: true });
    const text = (await mammoth.extractRawText({ path: reportPath })).value;
    expect(text).toContain(`区司法局（牵头）：${REPORTED_LABEL.on_time}，2021年10月18日报送；决定：${decisionLabel({ kind: 'extended', newDue: '2021-10-31' })}（原时限2021年9月30日；理由：系统改造；批准人：李局长）`);
    expect(text).toContain('区民政局（牵头）：按时报送，2021年11月29日报送；决定：办结（2021年12月20日；说明：已完成改革）');
    expect(text).toContain('免报（2021年12月1日；理由：不涉及），不计入统计');
    expect(text).toContain('区民政局（配合）：未报送（时限为2021年12月31日）；决定：退回（2021年12月1日；理由：未写明培训人数）');
    expect(text).toMatch(/经督查室审定，办结1项，延期1项，免报1项（不计入统计），退回1项。/);
    expect(text).not.toContain('按时完成');
    expect(text).toContain('附件：操作记录');
    expect(text).toContain('第21条 · 区民政局：办结（已完成改革）');

    const [notices] = await ws.exportNotices(join(dir, 'notices.docx'), AS_OF, { replyBy: '2022-02-10', department: '区民政局' });
    const notice = (await mammoth.extractRawText({ path: notices })).value;
    expect(notice).toContain('退回理由：未写明培训人数');
    // 办结 settles measure 21: it is not chased
    expect(notice).not.toContain('推进公办养老机构改革');
    // measure 1 is missing for the market regulator, but 免报 takes it out of the notice; measure 6 stays
    const [market] = await ws.exportNotices(join(dir, 'market.docx'), AS_OF, { replyBy: '2022-02-10', department: '区市场监管局' });
    const marketText = (await mammoth.extractRawText({ path: market })).value;
    expect(marketText).toContain('规范水电气暖行业收费');
    expect(marketText).not.toContain('提升就业服务');
    ws.close();
  });
});

describe('import guard', () => {
  it('a report offered as the policy is refused with the reason, and goes in as a report', async () => {
    const ws = openWorkspace(file, { today: () => '2021-10-01' });
    const outcome = await ws.importFiles([report('审批局2021年放管服落实情况表.docx'), report('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')], 'policy');
    for (const r of outcome.results) {
      expect(r.ok).toBe(false);
      expect(['no-responsibilities', 'no-measures']).toContain(r.error!.code);
      expect(r.error!.message).toContain('落实报告');
    }
    // numbered measures, none assigned to anyone: a summary, not a policy
    const summary = join(dir, '区人社局2021年工作总结.txt');
    writeFileSync(
      summary,
      '区人社局2021年工作总结\n\n一、稳就业工作取得新成效\n\n1. 全年新增城镇就业3200人，完成年度任务的106%。\n\n2. 开展职业技能培训45期，培训4100人次。\n\n3. 发放创业担保贷款1.2亿元，扶持创业580人。\n\n二、社会保障水平稳步提高\n\n4. 企业职工养老保险参保人数增长3.1%。\n\n5. 失业保险稳岗返还惠及企业1200家。\n\n区人力资源和社会保障局\n2021年12月20日\n',
    );
    const guarded = await ws.importFiles([summary], 'policy');
    expect(guarded.results[0]).toMatchObject({ ok: false, error: { code: 'no-responsibilities', message: expect.stringContaining('请作为落实报告导入') } });
    expect(ws.listDocuments()).toEqual([]);
    expect(ws.call('journal/list', {})).toEqual([]);
    const again = await ws.importFiles([report('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')], 'submission');
    expect(again.results[0]).toMatchObject({ ok: true, role: 'submission' });
    expect(ws.call('journal/list', {})[0]).toMatchObject({ kind: 'import', summary: expect.stringContaining('导入落实报告') });
    ws.close();
  });
  it('a policy in the old Word format numbered by Word’s automatic lists imports with its measures; one whose lists cannot be read is refused with the way out', async () => {
    const fixtures = join(__dirname, '..', 'import', '__fixtures__');
    const ws = openWorkspace(file, { today: () => '2022-03-01' });
    const outcome = await ws.importFiles([join(fixtures, 'auto-numbered-measures.doc')], 'policy');
    expect(outcome.results[0]).toMatchObject({ ok: true, role: 'policy' });
    expect(ws.getPolicy()!.extract.measures.map((m) => m.title)).toEqual(['压缩开办时间', '推行证照分离', '推行全程网办', '快速回应诉求']);
    ws.close();
    // the same file with its list table said to run past its stream reads without the numbers, so without measures
    const bytes = Buffer.from(readFileSync(join(fixtures, 'auto-numbered-measures.doc')));
    let fib = 512;
    while (bytes.readUInt16LE(fib) !== 0xa5ec) fib += 512;
    bytes.writeUInt32LE(0x7fffffff, fib + 0x2e6);
    const broken = join(dir, '营商环境实施方案.doc');
    writeFileSync(broken, bytes);
    const damaged = openWorkspace(join(dir, 'damaged.sqlite'), { today: () => '2022-03-01' });
    const refused = await damaged.importFiles([broken], 'policy');
    expect(refused.results[0]).toMatchObject({ ok: false, error: { code: 'no-measures', message: expect.stringContaining('另存为 .docx') } });
    damaged.close();
    const other = openWorkspace(join(dir, 'other.sqlite'), { today: () => '2022-03-01' });
    const notPolicy = await other.importFiles([report('会议纪要（第12期）.docx')], 'policy');
    expect(notPolicy.results[0].ok).toBe(false);
    expect(notPolicy.results[0].error!.message).not.toContain('自动编号');
    other.close();
  });
});

describe('journal', () => {
  it('journals department, setting and import changes; undo reverts each; a later change on the same thing blocks an earlier undo', async () => {
    const ws = await seeded();
    const matrix = () => JSON.stringify(ws.compliance(AS_OF).obligations.map((o) => [o.measure, o.department, o.status]));
    const start = matrix();

    ws.mergeDepartments(['区应急管理局'], '区市场监管局');
    expect(matrix()).not.toBe(start);
    ws.setSettings({ reportDeadline: '2021-11-30' });
    ws.setSettings({ reportDeadline: '2021-10-31' });
    const [second, first] = ws.call('journal/list', { filter: { kinds: ['setting'] } });
    expect(first).toMatchObject({ undoable: false, blockedBy: expect.stringContaining(`#${second.id}`) });
    expect(() => ws.call('journal/undo', { id: first.id })).toThrow('依赖这项修改');
    ws.call('journal/undo', { id: second.id });
    expect(ws.getSettings().reportDeadline).toBe('2021-11-30');
    ws.call('journal/undo', { id: first.id });
    expect(ws.getSettings().reportDeadline).toBeNull();

    const merge = ws.call('journal/list', { filter: { kinds: ['departments'] } })[0];
    expect(merge).toMatchObject({ department: '区市场监管局', undoable: true });
    ws.call('journal/undo', { id: merge.id });
    expect(matrix()).toBe(start);

    // an import can be undone (the file leaves the workspace); a removal cannot
    const imported = await ws.importFiles([report('财政局-落实情况.txt')], 'submission');
    const id = imported.results[0].documentId!;
    ws.call('journal/undo', {});
    expect(ws.getDocument(id)).toBeNull();
    const police = ws.listDocuments().find((d) => d.fileName.startsWith('司法局'))!;
    ws.removeDocument(police.id);
    const removal = ws.call('journal/list', { filter: { kinds: ['remove'] } })[0];
    expect(removal).toMatchObject({ undoable: false, blockedBy: expect.stringContaining('重新导入') });
    // the journal itself cannot be rewritten
    expect(() => ws.db.prepare('DELETE FROM journal').run()).toThrow('只能追加');
    expect(() => ws.db.prepare("UPDATE journal SET who = 'x'").run()).toThrow('只能追加');
    ws.close();
  });
});
