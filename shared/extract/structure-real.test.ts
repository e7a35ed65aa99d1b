import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// Structures seen in real policies: a duty line after an item's sub-points, titles opening with digits, a heading
// item closing on 。, a convention stated once.
const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });
const ledger = (...texts: string[]) => read(...texts).measures.map((m) => [m.label, m.title, m.lead, m.support]);

describe('structure of real policies', () => {
  it('gives a duty line after sub-points to the item they belong to', () => {
    expect(
      ledger(
        '一、工作任务',
        '1.完善应急预案体系',
        '(1)加强应急预案管理，规范编制工作。',
        '(2)加强应急预案演练，完善演练制度。',
        '(责任单位:市应急局)',
        '2.健全应急管理体制',
        '(1)推进应急管理办事机构建设。',
        '(2)落实应急管理专职人员编制。',
        '(责任单位:市委编办)',
      ),
    ).toEqual([
      ['1.', '完善应急预案体系', ['市应急局'], []],
      ['2.', '健全应急管理体制', ['市委编办'], []],
    ]);
  });

  it('reads a title that opens with digits as the next measure', () => {
    expect(
      ledger('10.“羊城学者”项目。设立特聘岗位。（牵头单位：市委组织部）', '11.121人才梯队项目。培养后备人才。（牵头单位：市人社局）', '12.7.5G基站建设。加快建设。（牵头单位：市工信局）').map((m) => m[0]),
    ).toEqual(['10.', '11.', '12.']);
  });

  it('takes a heading item closing on 。 for a heading', () => {
    const e = read('一、总体要求', '(一)总体要求和主要预期目标。', '1.坚持稳中求进，做好今年各项工作。(国务院各部门分别负责)', '2.稳就业保民生。(人力资源社会保障部牵头)');
    expect(e.measures.map((m) => m.label)).toEqual(['1.', '2.']);
  });

  it('applies a lead convention stated once to the measures after it', () => {
    expect(
      ledger(
        '1.推进改革。（省发展改革委、省财政厅按职责分工负责，列第一位的为牵头单位，下同）',
        '2.优化服务。（省商务厅、省市场监管局按职责分工负责）',
        '3.加强监管。（省市场监管局牵头，省公安厅配合）',
      ),
    ).toEqual([
      ['1.', '推进改革', ['省发展改革委'], ['省财政厅']],
      ['2.', '优化服务', ['省商务厅'], ['省市场监管局']],
      ['3.', '加强监管', ['省市场监管局'], ['省公安厅']],
    ]);
  });

  it('labels a task with its section where the numbering starts again in each section, the framing ones too', () => {
    // the layout of 国办发〔2018〕128号: the tasks in 二 only, （一） written again in 一、 and 三、
    expect(
      ledger(
        '一、总体要求',
        '（一）重大意义。开展试点是有力抓手。',
        '二、主要任务',
        '（一）强化顶层设计引领。建立指标体系。（生态环境部牵头，国家统计局参与）',
        '（二）实施工业绿色生产。推行绿色设计。（工业和信息化部、商务部指导）',
        '三、实施步骤',
        '（一）确定试点城市。试点城市由省级有关部门推荐。',
      ),
    ).toEqual([
      ['二、（一）', '强化顶层设计引领', ['生态环境部'], ['国家统计局']],
      ['二、（二）', '实施工业绿色生产', ['工业和信息化部', '商务部'], []],
    ]);
  });
});
