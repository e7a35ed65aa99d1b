import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

describe('mechanism-roles: taking part by no body is no duty', () => {
  it.each(['鼓励社会力量积极参与养老服务。', '引导企业参与的项目按规定给予补助。', '支持高校参与人才培养。'])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
