import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('quoted-about: a title holding 关于 of its own is the title', () => {
  it.each([
    ['某市人民政府关于印发《某市促进消费若干措施》的通知'],
    ['关于印发《某区关于推进城市更新的实施意见》的通知'],
    ['哈尔滨工业大学（威海）关于实施“工程领军人才培养计划”的指导性意见'],
  ])('%s', (title) => {
    expect(readMetadata(lines('正文之前', title, '各有关单位：', '一、加强宣传')).title).toBe(title);
  });
});
