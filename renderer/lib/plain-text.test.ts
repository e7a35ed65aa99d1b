import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';

describe('plainText', () => {
  it.each([
    ['**12. 深化“证照分离”改革。**由区市场监管局牵头', '12. 深化“证照分离”改革。由区市场监管局牵头'],
    ['## 一、总体要求', '一、总体要求'],
    ['…工作。**13. 推进**', '…工作。13. 推进'],
    ['- 完成培训 300 人次', '完成培训 300 人次'],
    ['| 序号 | 任务 | 进展 |', '序号　任务　进展'],
    ['__加粗__', '加粗'],
  ])('%s', (raw, plain) => {
    expect(plainText(raw)).toBe(plain);
  });

  it.each([
    '2021年12月底前完成',
    '3*4 不是标记',
    '第23条 #号 不是标题',
  ])('leaves plain text alone: %s', (text) => {
    expect(plainText(text)).toBe(text);
  });

  it('keeps the search markers', () => {
    expect(plainText('**\u0001养老\u0002服务**')).toBe('\u0001养老\u0002服务');
  });
});
