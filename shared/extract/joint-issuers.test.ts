import { describe, expect, it } from 'vitest';
import { jointIssuers } from './joint-issuers';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

// joint-issuers: names of bodies issuing together, run on in one line, are told apart where the place comes again.
describe('jointIssuers', () => {
  it.each([
    ['长沙县住房和城乡建设局长沙县财政局长沙县自然资源局', ['长沙县住房和城乡建设局', '长沙县财政局', '长沙县自然资源局']],
    ['上海市住房和城乡建设管理委员会上海市规划和自然资源局', ['上海市住房和城乡建设管理委员会', '上海市规划和自然资源局']],
    ['中共长沙县委办公室长沙县人民政府办公室', ['中共长沙县委办公室', '长沙县人民政府办公室']],
    ['长沙县人民政府办公室中共长沙县委组织部', ['长沙县人民政府办公室', '中共长沙县委组织部']],
  ])('reads %s as the bodies issuing together', (issuer, bodies) => {
    expect(jointIssuers(issuer)).toEqual(bodies);
  });

  it('gives a joint notice read from its title its issuers one by one', () => {
    const lines = [
      '长沙县住房和城乡建设局长沙县财政局长沙县自然资源局关于印发《关于促进长沙县房地产市场平稳健康发展的若干措施》的通知',
      '各有关单位：',
      '现将《若干措施》印发给你们，请认真贯彻执行。',
    ].map((text, index) => ({ index, text }));
    expect(readMetadata(policyLines(lines)).issuer).toBe('长沙县住房和城乡建设局、长沙县财政局、长沙县自然资源局');
  });
});
