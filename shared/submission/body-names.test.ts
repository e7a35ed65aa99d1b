import { describe, expect, it } from 'vitest';
import { bigramTokens } from './__fixtures__/bigrams';
import { bodyNameSpans, withoutBodyNames } from './body-names';

const spans = (text: string, names?: string[]) => bodyNameSpans(text, names).map(([s, e]) => text.slice(s, e));

describe('bodyNameSpans', () => {
  it('finds bodies named in running text', () => {
    expect(spans('会同区财政局、区人力资源和社会保障局开展检查')).toEqual(['区财政局', '区人力资源和社会保障局']);
    expect(spans('区政府办公室要加强督导调度')).toEqual(['区政府办公室']);
  });
  it('finds every ending of a body’s name', () => {
    expect(spans('区发展和改革委员会、市科委、区政务服务中心、县人民政府、区司法局、镇党政办公室')).toEqual([
      '区发展和改革委员会',
      '市科委',
      '区政务服务中心',
      '县人民政府',
      '区司法局',
      '镇党政办公室',
    ]);
  });
  it('leaves subject words alone', () => {
    expect(spans('推动更多事项全省通办、跨省通办')).toEqual([]);
    expect(spans('区域评价，推进标准地改革')).toEqual([]);
  });
  it('adds the names it is given', () => {
    expect(spans('市中供电中心负责', ['市中供电中心'])).toContain('市中供电中心');
  });
});

describe('withoutBodyNames', () => {
  it('drops the tokens that touch a name', () => {
    const text = '区民政局开展低保专项治理';
    expect(withoutBodyNames(text, bigramTokens(text))).toEqual(['开展', '展低', '低保', '保专', '专项', '项治', '治理']);
  });
  it('drops tokens touching names that overlap or come out of order', () => {
    // the given name (国网供电中心) overlaps nothing the pattern finds; 区财政局 is found twice, by the pattern and as given
    const text = '国网供电中心与区财政局开展电价补贴核查';
    const kept = withoutBodyNames(text, bigramTokens(text), ['区财政局', '国网供电中心']);
    expect(kept).toEqual(['开展', '展电', '电价', '价补', '补贴', '贴核', '核查']);
  });
  it('keeps the tokens between names in a text full of them', () => {
    const text = '区财政局会同'.repeat(5000);
    const kept = withoutBodyNames(text, bigramTokens(text));
    expect(new Set(kept)).toEqual(new Set(['会同']));
    expect(kept).toHaveLength(5000);
  });
});
