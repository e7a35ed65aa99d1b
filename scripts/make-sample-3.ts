// Renders the third sample set (a city's 若干措施 with 第X条 articles under 第X章, and its department
// reports): policy.docx from policy.txt (article titles bold, as offices type them), and each report from
// seeds/sample-3/src/ (front matter: file, format, encoding; then the report in a light markup).
// The answer key (seeds/sample-3/answer-key.json) is written by hand, not by this script.
// Usage: npx tsx scripts/make-sample-3.ts          render the policy and every report, then check them
//        npx tsx scripts/make-sample-3.ts --check  check only
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { BODY, INDENT, lineSpacing, repoRoot, runSampleSet, textRun, twips, wordFonts } from './sample-set';

const setDir = join(repoRoot, 'seeds', 'sample-3');

// ---------------------------------------------------------------- the policy

const ARTICLE = /^(第[一二三四五六七八九十百]+条)[\s\u3000]*([^。]+。)?(.*)$/;
const HEADER_LINE = /文件$|〔\d{4}〕\d+号$|^关于|人民政府$|^第[一二三四五六七八九十]+章/;

/** policy.txt as Word: centred header, title and chapters; 第X条 and its title bold; a signature on the right. */
function policyDocument(text: string): Promise<Buffer> {
  const lines = text.replace(/\r\n/g, '\n').split('\n').map((l) => l.trim().replace(/^\u3000+/, '')).filter((l) => l !== '');
  const closing = lines.length - 2;
  const children = lines.map((l, i) => {
    const article = ARTICLE.exec(l);
    if (article) {
      const font = wordFonts.body;
      const bold = (t: string) => new TextRun({ text: t, bold: true, size: BODY, font: { ascii: font, hAnsi: font, eastAsia: font, cs: font } });
      return new Paragraph({
        indent: { firstLine: INDENT },
        spacing: lineSpacing,
        children: [bold(`${article[1]}　${article[2] ?? ''}`), ...(article[3] ? [textRun(article[3], font)] : [])],
      });
    }
    if (i >= closing) return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT * 2 }, spacing: lineSpacing, children: [textRun(l, wordFonts.body)] });
    if (i < 6 && HEADER_LINE.test(l)) return new Paragraph({ alignment: AlignmentType.CENTER, spacing: lineSpacing, children: [textRun(l, i < 2 ? wordFonts.body : wordFonts.title, i < 2 ? BODY : 44)] });
    if (/^第[一二三四五六七八九十]+章/.test(l)) return new Paragraph({ alignment: AlignmentType.CENTER, spacing: lineSpacing, children: [textRun(l, wordFonts.heading)] });
    if (/[：:]$/.test(l) && i < 8) return new Paragraph({ spacing: lineSpacing, children: [textRun(l, wordFonts.body)] });
    return new Paragraph({ indent: { firstLine: INDENT }, spacing: lineSpacing, children: [textRun(l, wordFonts.body)] });
  });
  const doc = new Document({
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } } }, children }],
  });
  return Packer.toBuffer(doc);
}

runSampleSet(setDir, async () => {
  writeFileSync(join(setDir, 'policy.docx'), await policyDocument(readFileSync(join(setDir, 'policy.txt'), 'utf8')));
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
