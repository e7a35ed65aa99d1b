import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { prefersTaskList } from './attached-task-list';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}/${m.support.join('、')}`);

// attached-task-list: numbered prose giving duties only in its sentences gives way to the attached task list
// (宝山区贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案, 宝府办〔2019〕26号).
describe('attached-task-list: the task list divides the work', () => {
  it('reads the rows of the attached list, not the prose items', () => {
    const text = [
      '某区推进垃圾分类的实施方案',
      '一、推进全面覆盖',
      '1.深入开展创建。党政机关等公共机构生活垃圾分类推进由区机管局与区绿化市容局落实。',
      '2.加快体系建设。区商务委对接企业做好数据统计。',
      '附件：工作任务清单',
      '附件',
      '工作任务清单',
      '序号 | 任务内容 | 牵头部门 | 配合部门 | 时间节点',
      '1 | 召开全区动员大会。 | 区政府办公室 | 区绿化市容局 | 2019年3月',
      '2 | 建成两网融合服务点670个。 | 区绿化市容局 | 区商务委 | 2019年',
      '3 | 推进党政机关垃圾分类全覆盖。 | 区机管局 | 区绿化市容局 | 2019年9月',
    ];
    expect(read(text)).toEqual(['1 召开全区动员大会 区政府办公室/区绿化市容局', '2 建成两网融合服务点670个 区绿化市容局/区商务委', '3 推进党政机关垃圾分类全覆盖 区机管局/区绿化市容局']);
  });

  it('prefers a list that assigns more rows than the prose does', () => {
    expect(prefersTaskList(['由区机管局与区绿化市容局落实', null, null], 3)).toBe(true);
  });
});
