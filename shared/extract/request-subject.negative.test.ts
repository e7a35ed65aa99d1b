import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// request-subject: a request only to report, a request to the province's departments (generic), and 请示 give no body
// a task.
describe('request-subject: no task from a request to report, to no one named, or from 请示', () => {
  it.each([
    // 古美路街道 独居老人消防安全工作 (a street's 工作要求)
    '为切实掌握本区工作推进情况，请服务办于7月21日前上报《独居老人排摸统计表》至消委办。',
    // 国办函〔2004〕71号, 十一、
    '请你省有关部门指导广安市按《汇报》的意见办理。',
    '重大事项请示市政府研究决定。',
  ])('%s', (text) => {
    expect(proseResponsibility(text)?.lead ?? []).toEqual([]);
  });
});
