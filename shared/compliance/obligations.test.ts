import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/build';
import { obligationsOf } from './obligations';

describe('obligationsOf', () => {
  it('one obligation per specific department, with its role, leads first', () => {
    const p = policy([measure(1, { lead: ['区人社局'], support: ['区民政局', '区财政局'], generic: ['区政府有关部门'] })]);
    expect(obligationsOf(p)).toEqual([
      { measure: 1, department: '区人社局', role: 'lead' },
      { measure: 1, department: '区民政局', role: 'support' },
      { measure: 1, department: '区财政局', role: 'support' },
    ]);
  });

  it('departments named without a lead share the duty', () => {
    const p = policy([measure(4, { lead: ['区财政局', '区税务局'], joint: true })]);
    expect(obligationsOf(p).map((o) => o.role)).toEqual(['joint', 'joint']);
  });

  it('generic actors create none', () => {
    const p = policy([measure(29, { generic: ['各级各部门'] }), measure(6, { lead: ['区市场监管局'], generic: ['区政府有关部门'] })]);
    expect(obligationsOf(p)).toEqual([{ measure: 6, department: '区市场监管局', role: 'lead' }]);
  });

  it('a department both leading and supporting owes once, as lead', () => {
    const p = policy([measure(2, { lead: ['区人社局'], support: ['区人社局', '区民政局'] })]);
    expect(obligationsOf(p).map((o) => `${o.department}/${o.role}`)).toEqual(['区人社局/lead', '区民政局/support']);
  });

  it('orders by measure number, then the order the measure names departments', () => {
    const p = policy([measure(3, { lead: ['乙'] }), measure(1, { lead: ['丙'], support: ['甲'] })]);
    expect(obligationsOf(p).map((o) => `${o.measure}${o.department}`)).toEqual(['1丙', '1甲', '3乙']);
  });
});
