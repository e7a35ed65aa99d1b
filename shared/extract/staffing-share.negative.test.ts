import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

describe('staffing-share: negative cases', () => {
  it('gives no duty to generic actors sending staff, nor to a time before 各安排', () => {
    expect(proseDuties('各镇区各安排1名联络员。')).toEqual([]);
    expect(proseDuties('每季度各安排2次实地检查。')).toEqual([]);
  });
});
