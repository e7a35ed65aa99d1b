import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isDesignatedPlace } from './designated-place';

// Bodies of one place, or offices that run a programme: each is one body.
describe('designated place: negative cases', () => {
  it.each(['杭州市人民政府', '区人民政府', '试点工作领导小组办公室', '示范区管委会', '国家试点城市建设办公室', '试点办', '县政府'])('%s', (name) => {
    expect(isDesignatedPlace(name)).toBe(false);
  });

  it('leaves a named place a body of its own', () => {
    expect(isGenericActor('西湖区人民政府')).toBe(false);
  });
});
