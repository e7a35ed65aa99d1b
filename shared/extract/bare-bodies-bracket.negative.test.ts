import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

describe('bare-bodies-bracket: negative cases', () => {
  it.each([
    '完成老旧小区改造任务。(2023—2025年)',
    '推进新城建设(一期、二期)。',
    '加强政策解读工作(含图解、视频)。',
    '做好信息公开工作。(各市交通运输局、各县区交通运输局)',
    '开展专项整治,(市场监管局、公安局)联合执法,确保取得实效。',
  ])('%s names no one answering', (text) => {
    expect(readResponsibility(text).text).toBeNull();
  });
});

describe('bare-bodies-bracket: a bracket inside the sentence', () => {
  it('takes what a term takes in for no one answering', () => {
    expect(readResponsibility('不得新建大型算力中心（包括通算中心、智算中心、超算中心）。').text).toBeNull();
    expect(readResponsibility('支持重点园区(高新区、经开区)建设公共服务平台。').text).toBeNull();
  });
});
