import { describe, expect, it } from 'vitest';
import { defaultDirectory, isGenericActor } from './departments';
import { officeOfTitle } from './office-item';

// estate-parties, negative: a company or a committee with a name of its own is one body.
describe('estate-parties: negative cases', () => {
  it.each(['新吴泾投资经营有限公司', '上海城投环境集团', '街道垃圾分类工作领导小组', '陕西洁美保洁服务有限公司'])('%s is no generic actor', (name) => {
    expect(isGenericActor(name, defaultDirectory())).toBe(false);
  });

  it('keeps a named company heading an item as its lead', () => {
    expect(officeOfTitle('新吴泾投资经营有限公司')).toEqual({ lead: '新吴泾投资经营有限公司' });
  });
});
