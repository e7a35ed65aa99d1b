import { describe, expect, it } from 'vitest';
import { beforeHandlers, dutyLabelAt, isHandlerLabel } from './duty-label';
import { readResponsibility } from './responsibility';

// handler-label: 「责任单位及承办科室：A，B」 names the bodies answerable, then those who handle the work for them.
describe('handler-label: the answerable bodies before their handlers', () => {
  it.each([
    ['责任单位及承办科室：市自然资源局，储备中心。', ['市自然资源局'], true],
    ['责任单位及承办单位：市教育体育局、埇桥区教育体育局，市主城区公办幼儿园、公办小学、公办初中。', ['市教育体育局', '埇桥区教育体育局'], true],
    ['责任单位及承办科室（单位）：市房管中心，市场处、租赁处、园区各分局。', ['市房管中心'], true],
    ['责任单位及承办科室(单位)：市房管中心、市发改委在市政务服务中心设立专门窗口受理、初审；市发改委行政审批科具体承办。', ['市房管中心', '市发改委'], true],
    ['责任单位及承办单位：市城管局、市供水公司', ['市城管局', '市供水公司'], true],
    ['责任单位及承办科室：市公积金中心，政务中心市公积金中心服务窗口。', ['市公积金中心'], false],
  ])('%s', (text, bodies, joint) => {
    const r = readResponsibility(text);
    expect([...r.lead, ...r.support]).toEqual(bodies);
    if (joint) expect(r.lead.length === 1 || r.joint).toBe(true);
  });

  it('knows the compound label and cuts its content', () => {
    expect(isHandlerLabel(dutyLabelAt('责任单位及承办科室：市自然资源局') ?? '')).toBe(true);
    expect(beforeHandlers('市住房城乡建设局，各县区、园区燃气管理部门、各燃气企业')).toBe('市住房城乡建设局');
  });
});
