import { describe, expect, it } from 'vitest';
import { measureCitation, numberingRestarts, sectionQualifiedLabels } from './measure-citation';

const m = (section: string | null, label: string, number: number) => ({ section, label, number });

describe('section-qualified labels and citations: negative cases', () => {
  it('keeps labels as written where numbering runs on', () => {
    const running = [m('一', '1.', 1), m('二', '2.', 2)];
    expect(numberingRestarts(running)).toBe(false);
    expect(sectionQualifiedLabels(running).map((x) => x.label)).toEqual(['1.', '2.']);
  });

  it('keeps labels as written without sections', () => {
    expect(sectionQualifiedLabels([m(null, '1.', 1), m(null, '1.', 2)]).map((x) => x.label)).toEqual(['1.', '1.']);
    expect(sectionQualifiedLabels([m(null, '（一）', 1)], true).map((x) => x.label)).toEqual(['（一）']);
  });

  it('keeps labels as written where neither the measures nor the policy restart', () => {
    expect(sectionQualifiedLabels([m('二', '（一）', 1), m('二', '（二）', 2)], false).map((x) => x.label)).toEqual(['（一）', '（二）']);
  });

  it('names no middle heading where the numbering runs on under it, or where each section has one', () => {
    const g = (section: string, group: string, label: string, number: number) => ({ section, group, label, number });
    const runningOn = [g('一', '（一）', '1.', 1), g('一', '（二）', '2.', 2), g('二', '（一）', '3.', 3)];
    expect(sectionQualifiedLabels(runningOn).map((x) => x.label)).toEqual(['1.', '2.', '3.']);
    const oneEach = [g('一', '（一）', '1.', 1), g('一', '（一）', '2.', 2), g('二', '（一）', '1.', 3)];
    expect(sectionQualifiedLabels(oneEach).map((x) => x.label)).toEqual(['一、1.', '一、2.', '二、1.']);
  });

  it('reads no section out of a label of one level or of a measure with its sub-item', () => {
    expect(measureCitation(m(null, '1.（1）', 1))).toBe('第1条');
    expect(measureCitation(m(null, '（二）', 2), '项')).toBe('第2项');
  });

  it('does not read a label beginning with a numeral word as qualified', () => {
    // "一、" followed by words, not by a label: the measure's number is cited
    expect(measureCitation(m(null, '一、', 1))).toBe('第1条');
    expect(measureCitation(m(null, '', 4))).toBe('第4条');
  });
});
