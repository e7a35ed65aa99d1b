import { describe, expect, it } from 'vitest';
import { findDocNumber, pureDate, readMetadata } from './metadata';
import { policyLines } from './policy-lines';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('findDocNumber', () => {
  it.each([
    ['市中政办发〔2021〕14号', '市中政办发〔2021〕14号'],
    ['河政办字[2022]3号', '河政办字〔2022〕3号'],
    ['青政办发【2023】21 号', '青政办发〔2023〕21号'],
    ['鲁政发（2020）7号', '鲁政发〔2020〕7号'],
    ['市中政办发〔2021〕 14 号', '市中政办发〔2021〕14号'],
  ])('%s', (text, expected) => {
    expect(findDocNumber(text)).toBe(expected);
  });

  it('needs a year and a number', () => {
    expect(findDocNumber('第14号')).toBeNull();
    expect(findDocNumber('〔2021〕')).toBeNull();
  });
});

describe('pureDate', () => {
  it.each([
    ['2021年9月6日', '2021-09-06'],
    ['二〇二一年九月六日', '2021-09-06'],
    ['二○二二年三月十五日', '2022-03-15'],
    ['（2021年12月30日）', '2021-12-30'],
    ['2021 年 9 月 6 日', '2021-09-06'],
  ])('%s', (text, expected) => {
    expect(pureDate(text)).toBe(expected);
  });

  it.each(['2021年9月6日印发', '9月底前完成', '于2021年9月6日召开会议'])('%s is not a date line', (text) => {
    expect(pureDate(text)).toBeNull();
  });
});

describe('readMetadata', () => {
  it('reads a 文件 header, a wrapped title, the signature date and the print date', () => {
    const meta = readMetadata(
      lines(
        '# 枣庄市市中区人民政府办公室文件',
        '市中政办发〔2021〕14号',
        '## 市中区人民政府办公室 关于服务“六稳”“六保”进一步深化',
        '“放管服”改革的实施意见',
        '各镇人民政府，各街道办事处，区政府各部门单位：',
        '为认真贯彻……制定如下实施意见。',
        '一、优化就业创业环境',
        '1. 提升就业服务。（区人社局牵头）',
        '市中区人民政府办公室',
        '2021年9月6日',
        '（此件公开发布）',
        '市中区人民政府办公室',
        '2021年9月8日印发',
      ),
    );
    expect(meta).toEqual({
      title: '市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见',
      docNumber: '市中政办发〔2021〕14号',
      issuer: '枣庄市市中区人民政府办公室',
      issuedOn: '2021-09-06',
      printedOn: '2021-09-08',
      bodyStart: 5,
      closingStart: 8,
    });
  });

  it('takes the issuer line above 关于 into the title, and the issuer from the signature when there is no header', () => {
    const meta = readMetadata(
      lines(
        '南湖县人民政府办公室',
        '关于印发《南湖县数字政府建设实施方案》的通知',
        '南政办发〔2021〕45号',
        '各镇人民政府，县直有关部门：',
        '现将方案印发给你们。',
        '南湖县人民政府办公室',
        '二〇二一年十二月三十日',
      ),
    );
    expect(meta.title).toBe('南湖县人民政府办公室关于印发《南湖县数字政府建设实施方案》的通知');
    expect(meta.docNumber).toBe('南政办发〔2021〕45号');
    expect(meta.issuer).toBe('南湖县人民政府办公室');
    expect(meta.issuedOn).toBe('2021-12-30');
    expect(meta.printedOn).toBeNull();
    expect(meta.bodyStart).toBe(4);
    expect(meta.closingStart).toBe(5);
  });

  it('reads a signature and date on one line, and the issuer from the title when nothing else names it', () => {
    const signed = readMetadata(lines('关于做好防汛工作的通知', '一、排查隐患。', '滨江区应急管理局 2024年5月8日'));
    expect(signed.issuer).toBe('滨江区应急管理局');
    expect(signed.issuedOn).toBe('2024-05-08');

    const fromTitle = readMetadata(lines('滨江区人民政府办公室关于做好防汛工作的通知', '一、排查隐患。'));
    expect(fromTitle.issuer).toBe('滨江区人民政府办公室');
    expect(fromTitle.issuedOn).toBeNull();
    expect(fromTitle.closingStart).toBe(2);
  });

  it('takes both issuers of a joint notice, each on its own line above 关于, into the title', () => {
    const m = readMetadata(lines('中共清溪县委办公室', '清溪县人民政府办公室', '关于印发《爱国卫生运动', '工作方案》的通知', '清办发〔2022〕12号', '各乡镇：'));
    expect(m.title).toBe('中共清溪县委办公室清溪县人民政府办公室关于印发《爱国卫生运动工作方案》的通知');
    expect(m.docNumber).toBe('清办发〔2022〕12号');
    expect(m.bodyStart).toBe(6);
  });

  it('reads two issuers signed side by side as two bodies', () => {
    const m = readMetadata(
      lines('关于印发《民生实事项目实施方案》的通知', '各乡镇党委、政府：', '现将方案印发给你们。', '中共平阳县委办公室　　　平阳县人民政府办公室', '二〇二二年四月二日'),
    );
    expect(m).toMatchObject({ issuer: '中共平阳县委办公室、平阳县人民政府办公室', issuedOn: '2022-04-02', closingStart: 3 });
  });

  it('finds a title without 关于 by its kind of document, keeping （试行）', () => {
    const meta = readMetadata(lines('青石市重点项目帮办代办服务办法（试行）', '第一条 为提升服务效率，制定本办法。'));
    expect(meta.title).toBe('青石市重点项目帮办代办服务办法（试行）');
    expect(meta.bodyStart).toBe(1);
  });

  it('does not join a line that never completes the title', () => {
    const meta = readMetadata(lines('关于加强安全生产工作的意见', '（2022年4月1日）', '各镇街：'));
    expect(meta.title).toBe('关于加强安全生产工作的意见');
  });

  it('gives an empty title and no dates for text that is not a policy', () => {
    const meta = readMetadata(lines('今天天气很好。', '我们去公园散步。'));
    expect(meta).toMatchObject({ title: '', docNumber: null, issuer: null, issuedOn: null, printedOn: null });
  });
});
