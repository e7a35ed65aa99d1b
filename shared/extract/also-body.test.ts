import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';

// also-body: a body given its own share beside the actor of a 「以下均需…不再单独列出」 convention takes part in every later
// measure too (沪市监特种〔2023〕414号, 二、（一）1.).
describe('also-body: the body beside the convention\'s actor', () => {
  it('reads the actor and the body, and takes their words out', () => {
    const read = readConventions('市局特种设备安全监察处牵头。以下均需区市场监管局落实，市局执法总队负责上海化学工业区内的特种设备相关监管工作，不再单独列出');
    expect(read.conventions.map((c) => c.bodies)).toEqual([['区市场监管局', '市局执法总队']]);
    expect(read.text).toBe('市局特种设备安全监察处牵头');
  });
});
