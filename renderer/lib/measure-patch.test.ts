import { describe, expect, it } from 'vitest';
import { deadline, measure } from '../../shared/export/__fixtures__/builders';
import { deadlineRows, measurePatch, type MeasureForm } from './measure-patch';
import { targetWords } from '../../shared/extract/target-phrase';

const m = measure(1, '提升就业服务', {
  lead: ['区人力资源和社会保障局'],
  support: ['区市场监管局'],
  deadlines: [deadline('11月底前', '2021-11-30')],
  targets: [{ text: '不少于1000名', value: 1000, unit: '名', comparison: '>=', start: 0, end: 8 }],
});
/** The editor as it opens on the measure: nothing changed yet. */
const untouched = (): MeasureForm => ({
  title: m.title,
  lead: m.lead.join('、'),
  support: m.support.join('、'),
  joint: m.joint,
  deadlines: deadlineRows(m),
  targets: m.targets.map(targetWords).join('\n'),
});

describe('measurePatch', () => {
  it.each<[string, Partial<MeasureForm>, object]>([
    ['a lead department added', { lead: '区人力资源和社会保障局、区发展和改革委员会' }, { lead: ['区人力资源和社会保障局', '区发展和改革委员会'] }],
    ['the lead typed with commas and spaces', { lead: ' 区民政局， 区财政局 ' }, { lead: ['区民政局', '区财政局'] }],
    ['the supporting departments cleared', { support: '' }, { support: [] }],
    ['made joint', { joint: true }, { joint: true }],
    ['a new title', { title: ' 提升就业创业服务 ' }, { title: '提升就业创业服务' }],
    ['a target added', { targets: '不少于1000名\n新增就业500人' }, { targets: ['不少于1000名', '新增就业500人'] }],
    ['a deadline moved', { deadlines: [{ text: '11月底前', date: '2021-12-15', kind: 'by' }] }, { deadlines: [{ text: '', date: '2021-12-15', kind: 'by' }] }],
    [
      'a department moved from supporting to lead',
      { lead: '区人力资源和社会保障局、区市场监管局', support: '' },
      { lead: ['区人力资源和社会保障局', '区市场监管局'], support: [] },
    ],
  ])('%s: only that is in the correction', (_, change, expected) => {
    expect(measurePatch(m, { ...untouched(), ...change })).toEqual(expected);
  });

  it.each<[string, Partial<MeasureForm>]>([
    ['nothing touched', {}],
    ['the same lead typed again with another separator', { lead: '区人力资源和社会保障局；' }],
    ['blank lines among the targets', { targets: '\n不少于1000名\n\n' }],
    ['the title with spaces around it', { title: ` ${m.title} ` }],
  ])('%s: an empty correction', (_, change) => {
    expect(measurePatch(m, { ...untouched(), ...change })).toEqual({});
  });

  it('keeps a period\'s first day when its last is moved, and drops it when the row is no longer a period', () => {
    const subsidy = measure(2, '实施购房财政补贴', { deadlines: [deadline('2022年9月1日至2022年12月31日', '2022-12-31', 'period', { from: '2022-09-01' })] });
    const form = (): MeasureForm => ({ ...untouched(), title: subsidy.title, lead: '', support: '', targets: '', deadlines: deadlineRows(subsidy) });
    const [row] = deadlineRows(subsidy);
    expect(measurePatch(subsidy, { ...form(), deadlines: [{ ...row, date: '2023-03-31' }] })).toEqual({
      deadlines: [{ text: '', date: '2023-03-31', kind: 'period', from: '2022-09-01' }],
    });
    expect(measurePatch(subsidy, { ...form(), deadlines: [{ ...row, kind: 'by' }] })).toEqual({
      deadlines: [{ text: '', date: '2022-12-31', kind: 'by' }],
    });
  });
});
