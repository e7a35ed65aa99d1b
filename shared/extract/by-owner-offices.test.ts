import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// by-owner-offices: 由 and an office, then its deciding, commissioning, approving or asking, gives it the work.
describe('by-owner-offices: 由A委托/集体决策/审定/向B征询', () => {
  it.each([
    ['由某管理局土地招拍挂办公室委托具有资质的评估机构进行市场评估。', ['某管理局土地招拍挂办公室']],
    ['由某管理局土地招拍挂领导小组集体决策，综合确定出让底价。', ['某管理局土地招拍挂领导小组']],
    ['由区规划资源局审定，审定前应当公示。', ['区规划资源局']],
    ['综合用地供应前，由某管理局土地招拍挂办公室向规划土地管理部门征询规划条件。', ['某管理局土地招拍挂办公室']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
