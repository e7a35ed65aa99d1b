import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// A body that guides the task at its level ("（A、B指导）"), seen in the State Council's pilot plans (国办发〔2018〕128号).
const roles = (text: string) => {
  const r = readResponsibility(text);
  return { lead: r.lead, support: r.support, joint: r.joint, generic: r.generic };
};

describe('guidance role: 指导 closing a responsibility', () => {
  it.each([
    ['推广绿色设计。（工业和信息化部、商务部、生态环境部指导）', { lead: ['工业和信息化部', '商务部', '生态环境部'], support: [], joint: true, generic: [] }],
    ['推动畜禽粪污就近利用。（农业农村部指导）', { lead: ['农业农村部'], support: [], joint: false, generic: [] }],
    ['完善线下回收网点。（商务部指导，供销合作总社参与）', { lead: ['商务部'], support: ['供销合作总社'], joint: false, generic: [] }],
    ['建立部门责任清单。（生态环境部指导，试点城市政府负责落实）', { lead: ['生态环境部'], support: [], joint: false, generic: ['试点城市政府'] }],
    ['开展全员培训。（省应急厅统筹指导，各市人民政府负责落实）', { lead: ['省应急厅'], support: [], joint: false, generic: ['各市人民政府'] }],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('joins the bodies of every passage of a measure: 牵头 in one, 指导 in the next', () => {
    const r = readResponsibility(
      '建立指标体系。（生态环境部牵头，国家统计局参与）\n优化管理体制。（生态环境部指导）\n集成改革举措。（财政部、自然资源部指导）',
    );
    expect([r.lead, r.support, r.joint]).toEqual([['生态环境部'], ['财政部', '自然资源部', '国家统计局'], false]);
  });
});
