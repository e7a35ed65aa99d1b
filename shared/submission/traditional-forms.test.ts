// A report copied from a website's traditional-character version reads as the simplified page.
import { describe, expect, it } from 'vitest';
import { isTraditionalCopy, simplifiedText } from './traditional-forms';

describe('a copy in traditional characters', () => {
  it.each([
    ['a disclosure table', ['| 發布機構 | 郎溪縣人民政府辦公室(外事辦) | 發文日期 | 2026-01-26 09:21 |']],
    ['a title and the official’s line', ['代表議案建議辦理情況的報告', '郎溪縣人民政府辦公室主任 劉艷']],
    ['a body sentence', ['經過縣政府及各承辦單位的共同努力，所有議案建議全部辦復。']],
  ])('is found in %s', (_what, texts) => {
    expect(isTraditionalCopy(texts)).toBe(true);
  });

  it.each([
    ['郎溪縣人民政府辦公室', '郎溪县人民政府办公室'],
    ['發文日期：2026年1月24日', '发文日期：2026年1月24日'],
    ['關於2023年度法治政府建設情況的報告', '关于2023年度法治政府建设情况的报告'],
    ['臺灣', '台湾'],
    ['市國資委企改辦副主任蘇崢蒞臨產發集團', '市国资委企改办副主任苏峥莅临产发集团'],
    ['鞏留縣人民政府共辦理', '巩留县人民政府共办理'],
  ])('%s reads as %s', (text, simplified) => {
    expect(simplifiedText(text)).toBe(simplified);
  });

  it('leaves simplified text and everything that is not Chinese as it is', () => {
    const text = '区财政局 2021-11-30 | No.5 （盖章）';
    expect(simplifiedText(text)).toBe(text);
  });
});

describe('a copy in traditional characters: negative cases', () => {
  it.each([
    ['a simplified report', ['区财政局关于2023年工作落实情况的报告', '现将有关情况报告如下。']],
    ['a simplified report quoting one old name', ['我局组织企业赴臺灣参加展会，现将有关情况报告如下。', '一、基本情况', '二、主要做法']],
    ['a simplified report with 显著 and 乾坤 (forms simplified text uses too)', ['成效显著，扭转乾坤，现将有关情况报告如下。']],
    ['three traditional forms in a long simplified report', ['區縣鄉' + '区县乡镇街道的各项工作取得了新的进展和成效，'.repeat(20)]],
  ])('%s is not one', (_what, texts) => {
    expect(isTraditionalCopy(texts)).toBe(false);
  });
});
