import { describe, expect, it } from 'vitest';
import { isGenericActor, splitDepartmentList } from './departments';
import { genericAfterEtc } from './etc-generic';

describe('genericAfterEtc: a generic actor after 等, at once or joined by a connective', () => {
  it.each([
    ['有关部门', '有关部门'],
    ['和各省级人民政府', '各省级人民政府'],
    ['和各有关省级人民政府', '各有关省级人民政府'],
    ['以及各县市区政府', '各县市区政府'],
    ['与相关单位', '相关单位'],
    ['及各有关部门', '各有关部门'],
  ])('%s', (after, generic) => {
    expect(genericAfterEtc(after, isGenericActor)).toBe(generic);
  });
});

describe('a list closing on 等和 and a generic actor', () => {
  it.each([
    ['扶贫办、中央统战部、全国总工会等和各省级人民政府', ['扶贫办', '中央统战部', '全国总工会', '各省级人民政府']],
    ['商务部、发展改革委、农业农村部等和各有关省级人民政府', ['商务部', '发展改革委', '农业农村部', '各有关省级人民政府']],
    ['区财政局等有关部门', ['区财政局', '有关部门']],
  ])('%s', (list, names) => {
    expect(splitDepartmentList(list)).toEqual(names);
  });
});
