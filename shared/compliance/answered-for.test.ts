import { describe, expect, it } from 'vitest';
import type { MeasureLink } from '../types';
import { bodiesAnsweredFor, linksAnsweringFor } from './answered-for';

const link = (measure: number, paragraph: number, extra: Partial<MeasureLink> = {}): MeasureLink => ({ measure, how: 'reference', score: 1, excerpt: '', paragraph, ...extra });

describe('whom a report answers for', () => {
  const gathered = {
    departments: ['区政府督查室'],
    links: [link(1, 2, { answersFor: ['区人社局'] }), link(5, 3, { answersFor: ['区发改委'] }), link(6, 4, { answersFor: [] }), link(7, 9, { strength: 'suggestion', answersFor: ['区教体局'] })],
    measures: [1, 5, 6],
  };

  it('a gathered return: its sender and its rows’ bodies, not a suggestion’s', () => {
    expect(bodiesAnsweredFor(gathered)).toEqual(['区政府督查室', '区人社局', '区发改委']);
  });

  it('a row speaks for its own body only', () => {
    expect(linksAnsweringFor(gathered, 1, '区人社局')).toEqual([gathered.links[0]]);
    expect(linksAnsweringFor(gathered, 1, '区发改委')).toBeNull();
    expect(linksAnsweringFor(gathered, 1, '区政府督查室')).toBeNull();
    expect(linksAnsweringFor(gathered, 6, '区市场监管局')).toBeNull();
  });

  it('a report of its own answers for its senders, a measure listed by hand too', () => {
    const own = { departments: ['区民政局'], links: [link(2, 1)], measures: [2, 3] };
    expect(bodiesAnsweredFor(own)).toEqual(['区民政局']);
    expect(linksAnsweringFor(own, 2, '区民政局')).toEqual([own.links[0]]);
    expect(linksAnsweringFor(own, 3, '区民政局')).toEqual([]);
    expect(linksAnsweringFor(own, 2, '区人社局')).toBeNull();
    expect(linksAnsweringFor(own, 4, '区民政局')).toBeNull();
  });
});
