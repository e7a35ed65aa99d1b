import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';

// local-government: a place whose own name opens on 当 (当阳市, 当涂县) keeps its government; a local office of a named
// body is no government of the place.
describe('local-government: only the words 当地 and a government', () => {
  it.each(['当阳市人民政府', '当涂县政府', '当雄县人民政府', '当地税务局'])('%s', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });
});
