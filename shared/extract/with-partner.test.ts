import { describe, expect, it } from 'vitest';
import { proseDuties, withBodies } from './prose-duty';

// with-partner: 协同 as 会同, the bodies after it assist; with-run-end: their run ends before a word of time or place or
// the verb they share. quoted-phrase: a slogan in quotation marks names no one's duty.
describe('with-partner and with-run-end', () => {
  it.each([
    ['浦东新区和奉贤区每年在南汇新城镇、书院镇范围内选取4个试点镇', ['浦东新区', '奉贤区']],
    ['浦东新区和奉贤区统筹推进镇和社区体检工作', ['浦东新区', '奉贤区']],
    ['区财政局、区税务局制定实施细则', ['区财政局', '区税务局']],
  ])('%s', (rest, names) => {
    expect(withBodies(rest)).toEqual(names);
  });

  it('reads the bodies after 协同 as assisting', () => {
    expect(proseDuties('市住建委协同浦东新区和奉贤区统筹推进镇和社区体检工作。')).toEqual([
      { name: '市住建委', role: 'open' },
      { name: '浦东新区', role: 'support' },
      { name: '奉贤区', role: 'support' },
    ]);
  });

  it('reads no duty out of a quoted slogan', () => {
    expect(proseDuties('临港新片区按照“管委会统筹、部门协作、属地负责、多元参与”的工作模式，建立三级联动的工作机制。')).toEqual([]);
  });
});
