import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';

describe('each-office-kind: every office of a body is no one office', () => {
  it.each(['厅机关各处室', '局机关各科室', '各业务股室', '机关各处室'])('%s is generic', (name) => {
    expect(isGenericActor(name)).toBe(true);
  });
});
