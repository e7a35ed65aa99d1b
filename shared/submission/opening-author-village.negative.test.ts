// Negative cases of village-plan (see opening-author-village.test.ts).
import { describe, expect, it } from 'vitest';
import { nameInOwnPlan } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('village-plan: negative cases', () => {
  it.each([
    ['the plan is a town’s', '我村认真落实,及时制定并下发《城关镇关于人居环境整治的实施方案》。'],
    ['a plan the committee only followed', '我村委会按照《港六村委会关于人居环境整治的实施方案》要求开展工作。'],
    ['the report does not speak as a village', '港六村委会制定并下发《港六村委会关于人居环境整治的实施方案》。'],
    ['a plan naming a village but no committee', '我村制定了《港六村人居环境整治实施方案》。'],
  ])('none when %s', (_what, text) => {
    expect(nameInOwnPlan(lines(text))).toEqual([]);
  });
});
