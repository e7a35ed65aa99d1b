import { describe, expect, it } from 'vitest';
import { sharedTerms } from './shared-terms';

describe('sharedTerms', () => {
  it('keeps substance words both sides use, longest first, and drops boilerplate and numbers', () => {
    const measure = ['推进', '养老', '机构', '养老机构', '改革', '关于', '2021', '委托', '运营'];
    const response = ['养老', '养老机构', '委托', '运营', '关于', '推进', '2021'];
    expect(sharedTerms(measure, response)).toEqual(['养老机构', '养老', '委托', '运营']);
  });
  it('gives nothing when nothing is shared', () => {
    expect(sharedTerms(['信用', '信息'], ['养老'])).toEqual([]);
  });
});
