import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// commissioned-partner: the body a subject entrusts with the work does it for that subject and supports it.
describe('commissioned-partner: A委托B… names B supporting A', () => {
  it.each([
    ['教务处委托经济管理学院开出4门课程。', ['教务处'], ['经济管理学院']],
    ['办公室委托信息中心开发管理系统。', ['办公室'], ['信息中心']],
  ])('%s', (text, lead, support) => {
    const read = proseResponsibility(text);
    expect(read?.lead).toEqual(lead);
    expect(read?.support).toEqual(support);
  });
});
