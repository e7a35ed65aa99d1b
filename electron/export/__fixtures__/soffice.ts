// Converts .docx files to PDF with LibreOffice, the strictest reader at hand: it refuses a document.xml that
// is not well-formed XML. Each call uses its own profile so parallel runs never share a lock.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice command, or null where LibreOffice is not installed (CI installs it: see .ci/run). */
export function sofficeCommand(): string | null {
  for (const cmd of ['soffice', 'libreoffice']) {
    if (spawnSync(cmd, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0) return cmd;
  }
  return null;
}

/** Converts each file to PDF in outDir; returns the PDF paths that exist afterwards. */
export function convertToPdf(cmd: string, files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'luoshi-soffice-'));
  try {
    spawnSync(
      cmd,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/i, '.pdf'))).filter((p) => existsSync(p));
}
