import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';

describe('each-office-kind: negative cases', () => {
  it.each(['厅办公室', '政策法规处', '局综合科', '行政审批科室'])('%s is one office', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });
});
