import { describe, expect, it } from 'vitest';
import { applyConventions, readConventions } from './lead-convention';

const NOTE = '（市卫生健康委、市财政局按职责分工负责。以下均需各区政府、北京经济技术开发区管委会负责，不再列出）';

// A body named beside the generic actor of "以下均需…负责，不再列出" takes part in every later measure.
describe('standing bodies: a body the document names once for every measure', () => {
  const { conventions } = readConventions(NOTE);

  it('keeps the generic actor generic and the body a body', () => {
    expect(conventions).toHaveLength(1);
    expect(conventions[0].actor).toBe('各区政府');
    expect(conventions[0].bodies).toEqual(['北京经济技术开发区管委会']);
  });

  it.each([
    // a shared duty: the body shares it
    [{ lead: ['市医保局', '市财政局'], support: [], joint: true }, { lead: ['市医保局', '市财政局', '北京经济技术开发区管委会'], support: [], joint: true }],
    // one body alone: now two share it
    [{ lead: ['市教委'], support: [], joint: false }, { lead: ['市教委', '北京经济技术开发区管委会'], support: [], joint: true }],
    // a lead with supporters: the body supports
    [{ lead: ['市交通委'], support: ['市公安局'], joint: false }, { lead: ['市交通委'], support: ['市公安局', '北京经济技术开发区管委会'], joint: false }],
    // already named: not twice
    [{ lead: ['市卫生健康委', '北京经济技术开发区管委会'], support: [], joint: true }, { lead: ['市卫生健康委', '北京经济技术开发区管委会'], support: [], joint: true }],
  ])('%j', (read, expected) => {
    const out = applyConventions({ ...read, generic: [] }, conventions);
    expect({ lead: out.lead, support: out.support, joint: out.joint }).toEqual(expected);
    expect(out.generic).toEqual(['各区政府']);
  });
});
