import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

// header-without-rows: a task table's header that no row was joined to ends the numbered prose; the table's category
// rows after it are no measures.
const cover = ['某区人民政府关于分解落实2023年区政府工作目标任务的通知', '各乡镇人民政府，区政府各部门：', '现将2023年区政府工作目标任务分解下达给你们，请认真组织落实。', '附件：2023年区政府工作目标任务落实责任分解表', '2023年1月30日', '附件', '2023年区政府工作目标任务落实责任分解表'];
const category = '一、主要经济社会发展指标、发改、财政等工作目标(牵头领导:张三、李四)';

describe('header-without-rows: the category rows under a table header are no measures', () => {
  it('a header one cell a line', () => {
    expect(read([...cover, '序号', '目  标  任  务', '牵头单位', '责任单位', '责任人', category])).toEqual([]);
  });

  it('a header run together on a line', () => {
    expect(read([...cover.slice(0, -1), '2023年区政府工作目标任务落实责任分解表序号目 标 任 务牵头单位责任单位责任人', category])).toEqual([]);
  });

  it('the numbered prose before the header keeps its measures', () => {
    expect(
      read(['某区工作方案', '一、加强组织领导。（责任单位：区发改局）', '二、强化资金保障。（责任单位：区财政局）', '序号', '工作任务', '责任单位', '三、其他工作目标(牵头领导:张三)']),
    ).toEqual(['一、 加强组织领导', '二、 强化资金保障']);
  });
});
