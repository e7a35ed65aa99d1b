import { describe, expect, it } from 'vitest';
import { dutyLabelAt, isHandlerLabel } from './duty-label';
import { readResponsibility } from './responsibility';

describe('handler-label: negative cases (lists read in full)', () => {
  it.each([
    // a plain 责任单位 list runs on past a comma
    ['责任单位：市房产中心，国网宿州供电公司。', ['市房产中心', '国网宿州供电公司']],
    ['（责任单位：市国土局,马尾区人民政府）', ['市国土局', '马尾区人民政府']],
    // 在 inside a name is no cut
    ['责任单位及承办单位：市住房城乡建设局、市在建项目管理中心', ['市住房城乡建设局', '市在建项目管理中心']],
  ])('%s', (text, bodies) => {
    const r = readResponsibility(text);
    expect([...r.lead, ...r.support]).toEqual(bodies);
  });

  it.each([['责任单位：'], ['承办单位：'], ['牵头单位：']])('%s is no handler label', (label) => {
    expect(isHandlerLabel(dutyLabelAt(label) ?? label)).toBe(false);
  });
});
