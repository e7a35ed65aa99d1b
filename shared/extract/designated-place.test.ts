import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isDesignatedPlace } from './designated-place';
import { readResponsibility } from './responsibility';

// A government named by the part the policy gives its place (试点城市政府 in 国办发〔2018〕128号).
describe('designated place: a generic actor', () => {
  it.each(['试点城市政府', '试点城市人民政府', '试点地区政府', '示范县人民政府', '项目所在地政府', '各试点县政府'])('%s', (name) => {
    expect(isDesignatedPlace(name)).toBe(true);
    expect(isGenericActor(name)).toBe(true);
  });

  it('is no department of the measure it carries out', () => {
    const r = readResponsibility('建立部门责任清单。（生态环境部指导，试点城市政府负责落实）');
    expect([r.lead, r.generic]).toEqual([['生态环境部'], ['试点城市政府']]);
  });
});
