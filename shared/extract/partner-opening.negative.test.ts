import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// partner-opening: where the subject is written before the partner, it carries the duty and the partner assists.
describe('prose-duty: a subject written before its partner', () => {
  it.each([
    ['区发展改革委会同区大数据中心推动信用信息归集共享。', [['区发展改革委', 'open'], ['区大数据中心', 'support']]],
    ['区人社局负责，区财政局配合。', [['区人社局', 'lead']]],
    ['区商务委推动老字号品牌焕新。', [['区商务委', 'open']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
