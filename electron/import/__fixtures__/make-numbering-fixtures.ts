// Remakes the automatic-numbering fixtures: a short 实施方案 whose 一、 （一） 1. and whose division table's 序号 column
// are Word's own list numbering, not typed characters (auto-numbered-policy.docx, written with the docx package);
// the same document saved again by LibreOffice, which writes its lists its own way (auto-numbered-policy-lo.docx);
// LibreOffice's PDF of it, which shows the numbers as printed (auto-numbered-policy.pdf); the old Word format's copy
// of its measures without the table (auto-numbered-measures.doc); and, in the old format with its printed PDF, the
// whole document with more kinds of list: one starting at 5, a level of circled numbers and articles numbered by their
// paragraph style (auto-numbered-lists.docx
// and .doc), with the text of LibreOffice's PDF of that .doc as pdftotext gives it (auto-numbered-lists.printed.txt). The docx package starts every list anew where it is first used (w:startOverride), which LibreOffice
// saves in the old format as a list of its own for that first paragraph, counted apart from the rest as Word counts
// it; the sources of the .doc files leave those overrides out, as Word writes a new list. Needs LibreOffice and
// pdftotext.
//
//   npx tsx electron/import/__fixtures__/make-numbering-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'numbering-fixtures-'));
const FONT = { eastAsia: 'Noto Serif CJK SC', ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', cs: 'Liberation Serif' };

const run = (text: string, bold = false) => new TextRun({ text, font: FONT, size: 32, bold });
const plain = (text: string, center = false) => new Paragraph({ ...(center ? { alignment: AlignmentType.CENTER } : {}), children: [run(text)] });
/** A paragraph of the outline list at `level` (0: 一、, 1: （一）, 2: 1.). */
const item = (level: number, text: string, boldTitle?: string) =>
  new Paragraph({ numbering: { reference: 'outline', level }, children: boldTitle ? [run(boldTitle, true), run(text)] : [run(text)] });
const fifth = (text: string) => new Paragraph({ numbering: { reference: 'fifth', level: 0 }, children: [run(text)] });
const article = (text: string) => new Paragraph({ style: 'Article', children: [run(text)] });
const bullet = (text: string) => new Paragraph({ numbering: { reference: 'dots', level: 0 }, children: [run(text)] });

const cell = (text: string, numbered = false) =>
  new TableCell({ children: [new Paragraph({ ...(numbered ? { numbering: { reference: 'rows', level: 0 } } : {}), children: text ? [run(text)] : [] })] });

const policy = (withTable: boolean, moreLists = false) => new Document({
  styles: {
    paragraphStyles: [{ id: 'Article', name: 'Article', basedOn: 'Normal', paragraph: { numbering: { reference: 'articles', level: 0 } } }],
  },
  numbering: {
    config: [
      {
        reference: 'outline',
        levels: [
          // 一、 runs into its heading, as Chinese templates set it; the finer levels keep Word's tab
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.START },
          { level: 3, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%4', alignment: AlignmentType.START, suffix: LevelSuffix.NOTHING },
        ],
      },
      { reference: 'articles', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1条', alignment: AlignmentType.START, suffix: LevelSuffix.SPACE }] },
      { reference: 'fifth', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1．', start: 5, alignment: AlignmentType.START }] },
      { reference: 'rows', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.CENTER }] },
      { reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '●', alignment: AlignmentType.START }] },
    ],
  },
  sections: [
    {
      children: [
        plain('关于进一步优化营商环境的实施方案', true),
        plain('为进一步优化营商环境，激发市场主体活力，结合我区实际，制定本方案。'),
        item(0, '主要任务'),
        item(1, '深化商事制度改革。'),
        item(2, '压缩企业开办时间至1个工作日以内。（区市场监管局牵头，区税务局配合，2022年6月底前完成）', '压缩开办时间。'),
        item(2, '推行证照分离改革全覆盖，清理涉企经营许可事项。（区行政审批服务局牵头）', '推行证照分离。'),
        ...(moreLists ? [item(3, '梳理涉企经营许可事项清单。'), item(3, '分类推进审批制度改革。')] : []),
        item(1, '提升政务服务效能。'),
        item(2, '推进政务服务事项全程网办，网上可办率达到90%以上。（区政务服务中心牵头，2022年12月底前完成）', '推行全程网办。'),
        item(2, '建立企业诉求快速响应机制，做到件件有回音。（区发展改革局牵头，区司法局配合）', '快速回应诉求。'),
        item(0, '保障措施'),
        item(1, '加强组织领导。各牵头单位要明确分管领导和联络员。'),
        bullet('每月25日前报送工作进展。'),
        bullet('年底前报送全年工作总结。'),
        ...(moreLists ? [plain('续前表，另列事项如下：'), fifth('建立月度调度机制。'), fifth('开展第三方评估。'), article('本方案由区发展改革局负责解释。'), article('本方案自印发之日起施行。')] : []),
        ...(withTable ? [plain('附件：重点任务分工表'), new Table({
          width: { size: 9000, type: WidthType.DXA },
          rows: [
            new TableRow({ children: [cell('序号'), cell('重点任务'), cell('牵头单位'), cell('完成时限')] }),
            new TableRow({ children: [cell('', true), cell('开展营商环境评价。'), cell('区发展改革局'), cell('2022年9月底前')] }),
            new TableRow({ children: [cell('', true), cell('编制涉企收费目录清单。'), cell('区财政局'), cell('2022年6月底前')] }),
            new TableRow({ children: [cell('', true), cell('推行工程建设项目审批告知承诺制。'), cell('区住房城乡建设局'), cell('2022年12月底前')] }),
          ],
        })] : []),
      ],
    },
  ],
});

/** The document without the docx package's start overrides, which the old format would keep as lists of their own. */
async function withoutStartOverrides(document: Document): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const numbering = await zip.file('word/numbering.xml')!.async('string');
  zip.file('word/numbering.xml', numbering.replace(/<w:lvlOverride\b[^>]*>.*?<\/w:lvlOverride>/g, ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const docx = join(work, 'auto-numbered-policy.docx');
writeFileSync(docx, await Packer.toBuffer(policy(true)));
const measuresOnly = join(work, 'auto-numbered-measures.docx');
writeFileSync(measuresOnly, await withoutStartOverrides(policy(false)));
const lists = join(work, 'auto-numbered-lists.docx');
writeFileSync(lists, await withoutStartOverrides(policy(true, true)));
// A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
const soffice = (...args: string[]) =>
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', ...args], { stdio: 'ignore', timeout: 180_000 });
soffice('--convert-to', 'pdf', '--outdir', work, docx);
const again = join(work, 'lo');
mkdirSync(again);
soffice('--convert-to', 'docx:MS Word 2007 XML', '--outdir', again, docx);
soffice('--convert-to', 'doc', '--outdir', work, measuresOnly);
soffice('--convert-to', 'doc', '--outdir', work, lists);
// the printed numbers of the old format's file as LibreOffice reads it
const listsDoc = join(again, 'auto-numbered-lists.doc');
copyFileSync(join(work, 'auto-numbered-lists.doc'), listsDoc);
soffice('--convert-to', 'pdf', '--outdir', again, listsDoc);
copyFileSync(docx, join(here, 'auto-numbered-policy.docx'));
copyFileSync(join(work, 'auto-numbered-policy.pdf'), join(here, 'auto-numbered-policy.pdf'));
copyFileSync(join(again, 'auto-numbered-policy.docx'), join(here, 'auto-numbered-policy-lo.docx'));
copyFileSync(join(work, 'auto-numbered-measures.doc'), join(here, 'auto-numbered-measures.doc'));
copyFileSync(lists, join(here, 'auto-numbered-lists.docx'));
copyFileSync(listsDoc, join(here, 'auto-numbered-lists.doc'));
writeFileSync(join(here, 'auto-numbered-lists.printed.txt'), execFileSync('pdftotext', ['-layout', join(again, 'auto-numbered-lists.pdf'), '-']));
rmSync(work, { recursive: true, force: true });
console.log('numbering fixtures written to', here);
