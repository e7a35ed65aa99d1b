import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';

describe('readConventions: negative cases', () => {
  it.each([
    '（区财政局牵头，区税务局配合）',
    '（省发展改革委、省财政厅按职责分工负责）',
    // a measure's own sentence about who leads is not a convention
    '各项目牵头单位对项目组织实施负总责。（牵头单位：市委组织部）',
    '到2025年，第一批试点单位完成验收。',
    // an actor without "不再…" is an ordinary part of the measure's responsibility
    '（市商务局牵头，各县（市、区）人民政府负责落实）',
    // 以下 that opens a list, not a convention for the tasks after it
    '以下均需试点城市报送材料。（生态环境部负责）',
    // a body's other name in brackets is no convention, and its brackets stay
    '[牵头单位:县发改局(粮食局);责任单位:各镇人民政府]',
    // an exception in a measure's own sentence, with no rule of who leads after it
    '除标注“分别牵头”外，其余任务按职责分工落实。（市发改委负责）',
    // who collects the reports, said of one body, is no convention
    '（市统计局为汇总单位）',
  ])('%s', (text) => {
    expect(readConventions(text)).toEqual({ text, conventions: [] });
  });
});
