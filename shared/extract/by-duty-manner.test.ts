import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// by-duty-manner: 按其职责 between a subject and its verb is a manner, as 分别 is; the bodies before it carry the duty.
describe('by-duty-manner: subjects before 按其职责', () => {
  it.each([
    ['省公路局、运管局、港航局按其职责组织若干工作组，深入一线。', ['省公路局', '省运管局', '省港航局']],
    ['市交通局按职责分工负责道路运输保畅通工作。', ['市交通局']],
    ['区应急局按照各自职责做好隐患排查。', ['区应急局']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
