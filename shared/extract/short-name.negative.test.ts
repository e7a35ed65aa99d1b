import { describe, expect, it } from 'vitest';
import { definedShortNames } from './short-names';

// short-name, negative: a short name given to what is no body, or a note with no body before it, defines nothing.
describe('short-name: negative cases', () => {
  it.each([
    '督促建设单位组织编制“住宅工程关键节点设计专篇”（以下简称“设计专篇”）并纳入审查要点。',
    '要求保险公司的风险管理机构（以下简称TIS机构）从方案设计阶段进行源头风险控制。',
    '本市生活垃圾分类减量推进工作（以下简称分类工作）由各区负责。',
  ])('%s', (text) => {
    expect([...definedShortNames(text).keys()]).toEqual([]);
  });
});
