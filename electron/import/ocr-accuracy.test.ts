// OCR measured on the scanned sample reports (scripts/make-scans.ts: sample reports typeset, rasterised, skewed,
// noised, stamped with a red seal over the signature and date; one photographed, one as PNG, one as TIFF). Each
// scan is imported through the real pipeline beside the text it was printed from: the characters must match
// (character error rate ≤ 2%) and the reading must give the same departments, date and measures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../services/workspace';
import { characterErrorRate } from './ocr-measure';

const scans = join(__dirname, '__fixtures__', 'scans');
const root = join(__dirname, '..', '..');

interface ScanEntry {
  name: string;
  policy: string;
  text: string;
  files: Record<string, string>;
}

const manifest: ScanEntry[] = JSON.parse(readFileSync(join(scans, 'manifest.json'), 'utf8'));
const policies = [...new Set(manifest.map((m) => m.policy))];
const renditions = manifest.flatMap((m) => Object.values(m.files).map((file) => ({ entry: m, file })));

type Workspace = ReturnType<typeof openWorkspace>;
const workspaces = new Map<string, Workspace>();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-ocr-'));
  for (const [i, policy] of policies.entries()) {
    const ws = openWorkspace(join(dir, `w${i}.sqlite`), { today: () => '2025-01-01' });
    workspaces.set(policy, ws);
    expect((await ws.importFiles([join(root, policy)], 'policy')).failed).toBe(0);
    const entries = manifest.filter((m) => m.policy === policy);
    const files = entries.flatMap((m) => [m.text, ...Object.values(m.files)]).map((f) => join(scans, f));
    const batch = await ws.importFiles(files, 'submission');
    expect(batch.results.filter((r) => !r.ok).map((r) => r.error?.message)).toEqual([]);
  }
}, 600_000);

afterAll(() => {
  for (const ws of workspaces.values()) ws.close();
  rmSync(dir, { recursive: true, force: true });
});

function document(policy: string, file: string) {
  const ws = workspaces.get(policy)!;
  const summary = ws.listDocuments().find((d) => d.fileName === file)!;
  return ws.getDocument(summary.id)!;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('scanned sample reports read by OCR', () => {
  it.each(renditions.map((r) => [r.file, r] as const))('%s: at most 2%% of characters wrong', (_, { entry, file }) => {
    const truth = squeeze(readFileSync(join(scans, entry.text), 'utf8'));
    const read = squeeze(document(entry.policy, file).paragraphs.map((p) => p.text).join(''));
    expect(characterErrorRate(read, truth)).toBeLessThanOrEqual(0.02);
  });

  it.each(renditions.map((r) => [r.file, r] as const))('%s: same departments, date and measures as the text it came from', (_, { entry, file }) => {
    const scan = document(entry.policy, file);
    const text = document(entry.policy, entry.text);
    expect(text.departments.length).toBeGreaterThan(0);
    expect(text.measures.length).toBeGreaterThan(0);
    expect(scan.departments).toEqual(text.departments);
    expect(scan.measures).toEqual(text.measures);
    expect(scan.date).toBe(text.date);
  });

  it.each(renditions.map((r) => [r.file, r] as const))('%s: the date under the red seal is read from the signature, whole', (_, { entry, file }) => {
    const scan = document(entry.policy, file);
    const signed = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/.exec(readFileSync(join(scans, entry.text), 'utf8').trim())!;
    expect(scan.dateSource).toBe(document(entry.policy, entry.text).dateSource);
    expect(squeeze(scan.paragraphs[scan.paragraphs.length - 1].text)).toBe(signed[0]);
  });

  it.each(renditions.map((r) => [r.file, r] as const))('%s: says it was read by OCR and keeps its pages', (_, { entry, file }) => {
    const scan = document(entry.policy, file);
    expect(scan.warnings.some((w) => w.includes('OCR') && w.includes('PaddleOCR'))).toBe(true);
    expect(scan.pageCount).toBe(1);
    expect(scan.format).toBe(file.endsWith('.pdf') ? 'pdf' : 'image');
  });

  it.each(renditions.map((r) => [r.file, r] as const))('%s: the paragraphs of the text version, one for one (title, addressee, points, signature)', (_, { entry, file }) => {
    const text = document(entry.policy, entry.text).paragraphs.map((p) => squeeze(p.text));
    const scan = document(entry.policy, file).paragraphs.map((p) => squeeze(p.text));
    expect(scan.length).toBe(text.length);
    // Each paragraph is the same one: at most one character in ten differs (one in a short line).
    scan.forEach((p, i) => expect(characterErrorRate(p, text[i]) * text[i].length, `${i}: ${p}`).toBeLessThanOrEqual(Math.max(1, 0.1 * text[i].length)));
  });
});
