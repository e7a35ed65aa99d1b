// Writes a sample report and notices from the fixtures, converts them to PDF with LibreOffice and to
// PNG pages with pdftoppm, for a visual check of the layout.
// Usage: npx tsx electron/export/render-sample.ts [output folder]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT } from './gbt9704';
import { buildComplianceReport, buildReminderNotices } from './index';
import { seedPolicy, seedResult } from '../../shared/export/__fixtures__/seed-like';
import { emptyPolicy, emptyResult, variedPolicy, variedResult } from '../../shared/export/__fixtures__/varied';

const out = process.argv[2] ?? '/tmp/luoshi-export-sample';
mkdirSync(out, { recursive: true });

// The GB fonts are rarely installed on a build machine: map them to the Noto CJK faces for the preview.
const substitutes: [string, string, string?][] = [
  [FONT.fangsong, 'Noto Serif CJK SC'],
  [FONT.kaiti, 'Noto Serif CJK SC'],
  [FONT.heiti, 'Noto Sans CJK SC'],
  [FONT.songti, 'Noto Serif CJK SC'],
  [FONT.xiaobiaosong, 'Noto Serif CJK SC', 'bold'],
];
const fontConfig = join(out, 'fonts.conf');
writeFileSync(
  fontConfig,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${substitutes
  .map(
    ([name, family, weight]) =>
      `<match target="pattern"><test name="family"><string>${name}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${family}</string></edit>` +
      (weight ? `<edit name="weight" mode="assign"><const>${weight}</const></edit>` : '') +
      '</match>',
  )
  .join('\n')}
</fontconfig>`,
);
const env = { ...process.env, FONTCONFIG_FILE: fontConfig };

const files: [string, Buffer][] = [
  ['report.docx', await buildComplianceReport({ policy: seedPolicy, result: seedResult, date: '2022-02-01' })],
  ['notices.docx', await buildReminderNotices({ parts: [{ policy: seedPolicy, result: seedResult }], replyBy: '2022-02-10', date: '2022-02-01' })],
  ['report-varied.docx', await buildComplianceReport({ policy: variedPolicy, result: variedResult, office: '某某县人民政府督查室', date: '2024-01-16' })],
  ['report-empty.docx', await buildComplianceReport({ policy: emptyPolicy, result: emptyResult, date: '2022-02-01' })],
];

for (const [name, data] of files) {
  const path = join(out, name);
  writeFileSync(path, data);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, path], { stdio: 'ignore', env });
  const pdf = path.replace(/\.docx$/, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
  console.log(`${path} → ${pdf}`);
}
