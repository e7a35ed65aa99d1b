import { describe, expect, it } from 'vitest';
import { readLabel } from './policy-numbering';

// article-title-bracket, negative: a bracket closing an article's sentence, or one after another numbering, stays.
describe('article-title-bracket: negative cases', () => {
  it.each([
    ['第二条 推进“一件事”一窗办。（牵头责任单位：县政务服务中心）', '推进“一件事”一窗办。（牵头责任单位：县政务服务中心）'],
    ['第三条（牵头单位：市住建局；责任单位：市财政局）', '（牵头单位：市住建局；责任单位：市财政局）'],
    ['（一）（市发展改革委负责）', '（市发展改革委负责）'],
  ])('%s', (line, rest) => {
    expect(readLabel(line)?.rest).toBe(rest);
  });
});
