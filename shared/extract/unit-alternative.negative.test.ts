import { describe, expect, it } from 'vitest';
import { dutyLabelAt } from './duty-label';

// The unit-alternative rule: what it leaves alone.
describe('unit-alternative: brackets that name no kind of unit', () => {
  it.each([
    // a bracket of anything else after the label
    ['牵头科室(2018年):计划科', null],
    ['责任单位（盖章）：市财政局', null],
    // a person's field stays no duty label, brackets or not
    ['责任领导（单位）：李建雄', null],
    // the bracket is no label's without the colon after it
    ['牵头科室(单位)计划科', null],
  ])('%s', (line, label) => {
    expect(dutyLabelAt(line)).toBe(label);
  });
});
