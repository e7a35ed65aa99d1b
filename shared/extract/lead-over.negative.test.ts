import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// lead-over, negative: 牵头 followed by its own work names no body led; 则 without 由 opens nothing.
describe('lead-over, then-by: negative cases', () => {
  it('reads no supporter from the work after 牵头', () => {
    expect(proseDuties('由平安办牵头核查所涉场地权属。').map((d) => [d.name, d.role])).toEqual([['平安办', 'lead']]);
  });
  it('reads no body after 则 alone', () => {
    expect(proseDuties('若无误则进入下一个环节。')).toEqual([]);
  });
});
