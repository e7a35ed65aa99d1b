// catalogue-date, negative cases: a labelled date on or before the publication date, or with no publication date,
// stands; a publication date further down, inside the body, is not the page's.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('catalogue-date keeps the labelled date', () => {
  it.each([
    ['written before it was published', '成文日期：2021-08-10\n关于工作情况的报告\n发布日期：2021-08-13\n今年以来，我局认真开展了安全生产大检查，共检查企业一百二十家，发现并整改隐患三十处。', '2021-08-10'],
    ['written and published the same day', '成文日期：2021-08-13\n关于工作情况的报告\n发布日期：2021-08-13\n今年以来，我局认真开展了安全生产大检查，共检查企业一百二十家，发现并整改隐患三十处。', '2021-08-13'],
    ['no publication date', '成文日期：2022-06-08\n关于工作情况的报告\n今年以来，我局认真开展了安全生产大检查，共检查企业一百二十家，发现并整改隐患三十处。', '2022-06-08'],
    ['an earlier publication date in the body', '成文日期：2022-06-08\n关于工作情况的报告\n今年以来，我局认真开展了安全生产大检查，共检查企业一百二十家，发现并整改隐患三十处。\n发布日期：2021-08-13', '2022-06-08'],
  ])('%s', (_what, text, date) => {
    expect(detectDate(paragraphs(text), '2024-01-01').date).toBe(date);
  });
});
