import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { extractPolicy } from './policy';
import { readingReport } from './reading-report';
import { citeMeasureList, isWholeSection, measureCitation, measureCiter, measurePlace, numberingRestarts, ownLabel, sectionQualifiedLabels } from './measure-citation';

const m = (section: string | null, label: string, number: number) => ({ section, label, number });
const g = (section: string, group: string, label: string, number: number) => ({ section, group, label, number });

describe('sectionQualifiedLabels', () => {
  it('puts the section in front of each label where numbering restarts', () => {
    const restarting = [m('一', '1.', 1), m('一', '2.', 2), m('二', '1.', 3), m('二', '（二）', 4)];
    expect(sectionQualifiedLabels(restarting).map((x) => x.label)).toEqual(['一、1.', '一、2.', '二、1.', '二、（二）']);
  });

  it('is idempotent: a label already qualified is kept', () => {
    const once = sectionQualifiedLabels([m('一', '1.', 1), m('二', '1.', 2)]);
    expect(sectionQualifiedLabels(once).map((x) => x.label)).toEqual(['一、1.', '二、1.']);
  });

  it('names the section where the policy restarts its numbering in the sections that frame the tasks', () => {
    // 国办发〔2018〕128号: 一、总体要求（一）… 二、主要任务（一）…（六） 三、实施步骤（一）…; the tasks are all in 二
    const tasks = [m('二', '（一）', 1), m('二', '（二）', 2)];
    expect(sectionQualifiedLabels(tasks, true).map((x) => x.label)).toEqual(['二、（一）', '二、（二）']);
  });

  it('names the middle heading where the numbering starts again under each (middle-level-restart)', () => {
    const grouped = [g('一', '（一）', '1.', 1), g('一', '（一）', '2.', 2), g('一', '（二）', '1.', 3), g('二', '（一）', '1.', 4)];
    expect(sectionQualifiedLabels(grouped).map((x) => x.label)).toEqual(['一、（一）1.', '一、（一）2.', '一、（二）1.', '二、（一）1.']);
    // a policy with no 一、 level: the （一） items are its sections, written so
    expect(sectionQualifiedLabels([m('一', '1.', 1), m('一', '2.', 2), m('二', '1.', 3)], false, true).map((x) => x.label)).toEqual(['（一）1.', '（一）2.', '（二）1.']);
    expect(sectionQualifiedLabels(sectionQualifiedLabels(grouped)).map((x) => x.label)).toEqual(['一、（一）1.', '一、（一）2.', '一、（二）1.', '二、（一）1.']);
  });

  it('reads where a label puts its measure', () => {
    expect(measurePlace({ label: '一、（二）1.', section: '一' })).toEqual({ section: '一', sectionAsItem: false, group: 2, value: 1, style: 'arabic' });
    expect(measurePlace({ label: '（二）1.', section: '二' })).toEqual({ section: '二', sectionAsItem: true, group: null, value: 1, style: 'arabic' });
    expect(measurePlace({ label: '二、（三）', section: '二' })).toEqual({ section: '二', sectionAsItem: false, group: null, value: 3, style: 'paren-cn' });
    expect(measurePlace({ label: '12.', section: '三' })).toEqual({ section: '三', sectionAsItem: false, group: null, value: 12, style: 'arabic' });
    expect(['一、（二）1.', '（二）1.', '二、3.', '（三）', '第五条'].map(ownLabel)).toEqual(['1.', '1.', '3.', '（三）', '第五条']);
  });

  it('finds numbering that starts again', () => {
    expect(numberingRestarts([m('一', '1.', 1), m('二', '1.', 2)])).toBe(true);
  });
});

describe('measureCitation', () => {
  it.each([
    [m(null, '3.', 3), '条', '第3条'],
    [m(null, '（三）', 3), '条', '第3条'],
    [m(null, '3、', 3), '项', '第3项'],
    [m('二', '第五条', 5), '条', '第5条'],
    [m('二', '第五条', 4), '项', '第五条'],
    [m('二', '二、3.', 7), '条', '第二部分第3条'],
    [m('二', '二、（三）', 7), '项', '第二部分第三项'],
    // the measure's number and its own numeral agree (国办发〔2018〕128号's 二、（三）), the section is still cited
    [m('二', '二、（三）', 3), '条', '第二部分第三条'],
    [m(null, '5.', 4), '条', '第5条'],
    // a middle heading: 第一部分第（二）项第1条 as offices cite it, the parentheses dropped as for 二、（三）
    [m('一', '一、（二）1.', 3), '条', '第一部分第二项第1条'],
    [m('一', '一、（二）1.', 3), '项', '第一部分第二项第1条'],
    [m('二', '（二）1.', 3), '条', '第二项第1条'],
    [m('二', '（二）1.', 3), '项', '第二项第1条'],
    // a section read as one measure (沈阳市's 六、职责分工, its fourth measure) is the part it is, in either noun
    [m('六', '六、', 4), '条', '第六部分'],
    [m('六', '六、', 4), '项', '第六部分'],
    [m('三', '三、', 3), '条', '第三部分'],
  ] as const)('%j (%s) → %s', (measure, noun, expected) => {
    expect(measureCitation(measure, noun)).toBe(expected);
  });
});

describe('a section read as one measure', () => {
  it('is told from a measure labelled 一、 at the measure level, which has no section of its own', () => {
    expect(isWholeSection(m('六', '六、', 4))).toBe(true);
    // 上海市财政局's 一、组织保障 二、主要职责 三、工作分工: the policy's only level, its measures and no sections
    expect(isWholeSection(m(null, '三、', 3))).toBe(false);
    expect(measureCitation(m(null, '三、', 3))).toBe('第3条');
    // a measure in section 六 labelled with its own number, and another section's label, are no section
    expect(isWholeSection(m('六', '六、1.', 4))).toBe(false);
    expect(isWholeSection(m('六', '（六）', 4))).toBe(false);
    expect(isWholeSection(m('五', '六、', 4))).toBe(false);
    expect(measureCitation(m('五', '六、', 4))).toBe('第六条');
  });

  it('is cited as the part among the measures cited with their sections', () => {
    const shenyang = [m('四', '四、（一）', 1), m('四', '四、（二）', 2), m('六', '六、', 4)];
    expect(citeMeasureList(shenyang, [2, 4], '项')).toBe('第四部分第二项、第六部分');
    expect(citeMeasureList(shenyang, [2, 4])).toBe('第四部分第二条、第六部分');
    expect(measureCiter(shenyang, '项')(4)).toBe('第六部分');
  });
});

describe('a section read as one measure, in a real policy', () => {
  // 沈阳市城镇房屋安全管理三项制度工作方案 (__fixtures__/real): 四、（一）–（三） and 六、职责分工 read as one measure
  const file = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real', 'city-plan-division-body-paragraphs.txt');
  const extract = extractPolicy({ paragraphs: repairParagraphs(textBlocks(readFileSync(file, 'utf8'))) });

  it('cites 六、 as 第六部分 beside 第四部分第一项', () => {
    const whole = extract.measures.find((x) => x.title === '职责分工')!;
    expect(whole).toMatchObject({ label: '六、', section: '六' });
    expect(measureCitation(whole)).toBe('第六部分');
    expect(citeMeasureList(extract.measures, [1, whole.number], '项')).toBe('第四部分第一项、第六部分');
  });

  it('is cited so in the reading report', () => {
    // the section as it would be read had its paragraphs named no one
    const unread = { ...extract, measures: extract.measures.map((x) => (x.title === '职责分工' ? { ...x, lead: [], support: [], joint: false } : x)) };
    expect(readingReport(unread).lines).toContain('第六部分（职责分工）只写了泛指主体（其他行业部门），未指明具体部门。');
    expect(readingReport(unread).lines).toContain('第四部分第一条（城镇房屋定期体检制度）未找到责任单位。');
  });
});

describe('citeMeasureList', () => {
  const restarting = [m('一', '一、1.', 1), m('一', '一、2.', 2), m('二', '二、1.', 3)];
  const running = [m('一', '1.', 1), m('二', '2.', 2), m('二', '3.', 3)];
  it.each([
    [running, [1, 3], '第1、3条'],
    [restarting, [2, 3], '第一部分第2条、第二部分第1条'],
    [[m('一', '一、（一）1.', 1), m('一', '一、（二）1.', 2)], [1, 2], '第一部分第一项第1条、第一部分第二项第1条'],
    [running, [9], '第9条'],
  ] as const)('%j %j → %s', (measures, numbers, expected) => {
    expect(citeMeasureList(measures, numbers)).toBe(expected);
  });
});

describe('measureCiter', () => {
  const restarting = sectionQualifiedLabels([m('一', '1.', 1), m('一', '2.', 2), m('二', '1.', 3), m('二', '（二）', 4)]);
  const running = [m('一', '1.', 1), m('一', '2.', 2), m('二', '3.', 3)];
  it.each([
    [restarting, 3, '条', '第二部分第1条'],
    [restarting, 4, '项', '第二部分第二项'],
    [restarting, 2, '条', '第一部分第2条'],
    [running, 3, '条', '第3条'],
    [running, 1, '项', '第1项'],
  ] as const)('%j: %d (%s) → %s', (measures, n, noun, expected) => {
    expect(measureCiter(measures, noun)(n)).toBe(expected);
  });

  it('cites a number the policy does not have, or any number before the measures are loaded, as 第N条', () => {
    expect(measureCiter(restarting)(9)).toBe('第9条');
    expect(measureCiter([])(3)).toBe('第3条');
  });
});
