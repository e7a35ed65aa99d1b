// Makes the fixture of a PDF whose text layer holds glyph codes, not text: a gazette set in fonts without a map to
// Unicode prints right and reads as 「!"#$%&'(」. One scanned-report source (justice.txt) is printed to PDF by
// LibreOffice, whose fonts are embedded as subsets numbered in the order their glyphs are first used; each font's
// /ToUnicode entry is then blanked out with spaces of the same length, so every offset of the file stays right.
//
// Needs LibreOffice (soffice) and fonts-noto-cjk.
//
//   npx tsx scripts/make-glyph-code-pdf.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scans = join(root, 'electron', 'import', '__fixtures__', 'scans');
const work = mkdtempSync(join(tmpdir(), 'luoshi-glyph-codes-'));
try {
  copyFileSync(join(scans, 'justice.txt'), join(work, 'justice.txt'));
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'justice.txt')], { stdio: 'ignore' });
  const printed = readFileSync(join(work, 'justice.pdf'));
  const blanked = Buffer.from(printed.toString('latin1').replace(/\/ToUnicode \d+ 0 R/g, (ref) => ' '.repeat(ref.length)), 'latin1');
  if (blanked.equals(printed)) throw new Error('the printed PDF has no /ToUnicode entry to blank out');
  writeFileSync(join(scans, 'justice.glyph-codes.pdf'), blanked);
} finally {
  rmSync(work, { recursive: true, force: true });
}
