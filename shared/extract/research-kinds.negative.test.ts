import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// research-kinds: a named institute or university is a body.
describe('research-kinds: a named institute is a body', () => {
  it.each([
    ['中国科学院要建立健全科研诚信制度。', ['中国科学院']],
    ['市农业科学院负责组织品种试验示范。', ['市农业科学院']],
  ])('%s', (text, lead) => {
    expect(proseResponsibility(text)?.lead).toEqual(lead);
  });
});
