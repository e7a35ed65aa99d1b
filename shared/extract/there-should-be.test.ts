import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// there-should-be: 「应有专门人员负责」 says someone is to be found for the work: no body is its subject.
describe('there-should-be: 应有/要有/须有 open no subject', () => {
  it.each(['对本计划相关培养各环节，应有专门人员负责，严格把关。', '每个项目要有专人负责跟踪。', '各环节须有专门机构负责审核。'])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
