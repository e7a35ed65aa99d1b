import { describe, expect, it } from 'vitest';
import { prefersTaskList } from './attached-task-list';

// attached-task-list: items whose duties are marked keep them; a short list does not outweigh them.
describe('attached-task-list: the numbered items stay the measures', () => {
  it.each<[string, (string | null)[], number]>([
    ['items with brackets', ['（区发改委牵头，区财政局配合）', '（区商务委负责）'], 10],
    ['items with a duty label', ['责任单位：区民政局', null], 10],
    ['items headed by who answers', ['区房管局：负责统筹推进', null], 10],
    ['a list of two rows', ['由区机管局落实', null], 2],
    ['a list assigning no more rows than the items', ['区商务委负责统计', '区财政局制定补贴政策', '区绿化市容局牵头'], 3],
  ])('%s', (_, duties, rows) => {
    expect(prefersTaskList(duties, rows)).toBe(false);
  });
});
