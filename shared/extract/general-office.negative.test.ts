import { describe, expect, it } from 'vitest';
import { carryListLevel } from './list-level-prefix';

// general-office, negative cases: a province's 厅 written alone is still the province's; a 办公厅 with its government
// written keeps it.
describe('general-office: the 厅 that are a province’s', () => {
  it('gives a lone 财政厅 the province', () => {
    expect(carryListLevel([{ name: '财政厅', after: null }])).toEqual(['省财政厅']);
  });

  it('keeps 省政府办公厅 as written', () => {
    expect(carryListLevel([{ name: '省政府办公厅', after: null }, { name: '财政厅', after: '、' }])).toEqual(['省政府办公厅', '省财政厅']);
  });

  it('does not read 办公厅 inside a longer name as the general office', () => {
    expect(carryListLevel([{ name: '信访办公厅', after: null }])).toEqual(['省信访办公厅']);
  });
});
