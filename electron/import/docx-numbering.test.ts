// Word's automatic list numbering read as printed: the fixtures are a short 实施方案 whose 一、 （一） 1. and whose
// division table's 序号 are Word lists (the docx package's XML, and LibreOffice's after saving it again), with
// LibreOffice's PDF of it (make-numbering-fixtures.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import { readDocumentTree, type DocxNode } from './docx-xml';
import { importFile } from './index';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);

async function paragraphs(name: string): Promise<string[]> {
  const outcome = await importFile(fixture(name));
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.doc.paragraphs.map((p) => p.text);
}

// Written by reading the PDF's pages.
const PRINTED_LABELS = ['一、', '（一）', '1.', '2.', '（二）', '1.', '2.', '二、', '（一）'];
const label = (text: string) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/.exec(text)?.[0];

describe('a Word file numbered by Word’s own lists', () => {
  it.each(['auto-numbered-policy.docx', 'auto-numbered-policy-lo.docx'])('%s reads its list numbers as printed', async (name) => {
    const lines = await paragraphs(name);
    expect(lines.map(label).filter(Boolean)).toEqual(PRINTED_LABELS);
    expect(lines).toContain('1.压缩开办时间。压缩企业开办时间至1个工作日以内。（区市场监管局牵头，区税务局配合，2022年6月底前完成）');
    // the table's 序号 column, numbered by a list of its own
    expect(lines.filter((l) => l.includes(' | ')).map((l) => l.split(' | ')[0])).toEqual(['序号', '1', '2', '3']);
    // a bullet list writes no number
    expect(lines).toContain('每月25日前报送工作进展。');
  });

  it('gives the ledger its printed PDF gives', async () => {
    const ledger = async (name: string) => {
      const outcome = await importFile(fixture(name));
      if (!outcome.ok) throw new Error(outcome.failure.message);
      return extractPolicy({ paragraphs: outcome.doc.paragraphs }).measures.map((m) => ({ label: m.label, title: m.title, lead: m.lead, support: m.support }));
    };
    const printed = await ledger('auto-numbered-policy.pdf');
    expect(printed.map((m) => m.title)).toEqual(['压缩开办时间', '推行证照分离', '推行全程网办', '快速回应诉求']);
    expect(await ledger('auto-numbered-policy.docx')).toEqual(printed);
    expect(await ledger('auto-numbered-policy-lo.docx')).toEqual(printed);
  });
});

// Hand-written parts for what the fixtures do not show: a list given by a paragraph style, a paragraph taken out of
// its style's list, a list defined through a numbering style.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const bytes = (xml: string) => new TextEncoder().encode(xml);
const p = (text: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numPr = (numId: string, ilvl?: number) => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="TaskList"/>${lvl(0, 'decimalEnclosedCircle', '%1')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="TaskList"/></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="Part"><w:name w:val="heading 1"/><w:pPr>${numPr('1', 0)}</w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Item"><w:name w:val="heading 2"/><w:basedOn w:val="Part"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Normal"/></w:style>
</w:styles>`;

function labels(body: string): string[] {
  const tree = readDocumentTree({ document: bytes(`<w:document ${W}><w:body>${body}</w:body></w:document>`), styles: bytes(STYLES), numbering: bytes(NUMBERING) });
  return (tree.children ?? []).map((n: DocxNode) => n.listLabel ?? '');
}

describe('where a paragraph’s list comes from', () => {
  it('a paragraph style that names a list numbers its paragraphs, at the level the paragraph gives', () => {
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`;
    expect(labels(p('主要任务', style('Part')) + p('深化改革', style('Part') + numPr('1', 1)) + p('强化保障', style('Part')))).toEqual(['一、', '（一）', '二、']);
  });

  it('a paragraph that gives only its level takes the list from its style', () => {
    expect(labels(p('主要任务', '<w:pStyle w:val="Part"/>') + p('深化改革', '<w:pStyle w:val="Part"/><w:numPr><w:ilvl w:val="1"/></w:numPr>'))).toEqual(['一、', '（一）']);
  });

  it('a list named through a numbering style takes that style’s levels', () => {
    expect(labels(p('第一项', numPr('2', 0)) + p('第二项', numPr('2', 0)))).toEqual(['①', '②']);
  });
});

describe('paragraphs that carry no list number', () => {
  it('numId 0 takes a paragraph out of its style’s list', () => {
    expect(labels(p('主要任务', '<w:pStyle w:val="Part"/>') + p('不编号', `<w:pStyle w:val="Part"/>${numPr('0')}`) + p('强化保障', '<w:pStyle w:val="Part"/>'))).toEqual(['一、', '', '二、']);
  });

  it('a style with no list, a list id the document does not define, and a document with no numbering part', () => {
    expect(labels(p('正文', '<w:pStyle w:val="Body"/>') + p('未定义', numPr('9', 0)))).toEqual(['', '']);
    const tree = readDocumentTree({ document: bytes(`<w:document ${W}><w:body>${p('无编号', numPr('1', 0))}</w:body></w:document>`) });
    expect(tree.children?.[0].listLabel).toBeUndefined();
  });
});
