// Converts documents (.docx, .xlsx) to PDF with LibreOffice, the strictest reader at hand: it refuses a
// document.xml that is not well-formed XML. Each call uses its own profile so parallel runs never share a lock.
import { spawn, spawnSync } from 'node:child_process';
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

const convertArgs = (profile: string, outDir: string, files: string[]) => [
  `-env:UserInstallation=${pathToFileURL(profile).href}`,
  '--headless',
  '--norestore',
  '--convert-to',
  'pdf',
  '--outdir',
  outDir,
  ...files,
];
const pdfsMade = (files: string[], outDir: string) => files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf'))).filter((p) => existsSync(p));

/** Converts each .docx or .xlsx file to PDF in outDir; returns the PDF paths that exist afterwards. */
export function convertToPdf(cmd: string, files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'luoshi-soffice-'));
  try {
    spawnSync(cmd, convertArgs(profile, outDir, files), { stdio: 'ignore', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return pdfsMade(files, outDir);
}

/**
 * convertToPdf without holding the thread: a test converting many documents keeps answering its runner meanwhile.
 * `timeout` bounds the whole run.
 */
export async function convertToPdfAsync(cmd: string, files: string[], outDir: string, timeout = 600_000): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'luoshi-soffice-'));
  try {
    await new Promise<void>((resolve) => {
      const child = spawn(cmd, convertArgs(profile, outDir, files), { stdio: 'ignore', timeout });
      child.on('error', () => resolve());
      child.on('close', () => resolve());
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return pdfsMade(files, outDir);
}
