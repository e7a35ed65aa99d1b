// A file longer than any policy is not read as one on the workspace's thread: refused with its reason when it is
// imported as a policy (the workspace keeps all it had).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_POLICY_CHARS } from '../../shared/extract/policy-size';
import { numberedPolicy } from './__fixtures__/numbered-policy';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-policy-size-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('a text longer than any policy', () => {
  it('is refused as a policy with the reason, and the workspace keeps its policy as it was', async () => {
    const ws = openWorkspace(join(dir, 'w.sqlite'));
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    const before = JSON.stringify({ policies: ws.info().policies, documents: ws.listDocuments() });
    const r = await ws.importFiles([numberedPolicy(dir, '六十万字汇编.txt', MAX_POLICY_CHARS + 1)], 'policy');
    expect(r.results[0]).toMatchObject({ ok: false });
    expect(r.results[0].error?.message).toMatch(/^无法导入「六十万字汇编\.txt」作为政策文件：文件中的文字约 \d+ 万字，超过了政策文件 60 万字的上限/);
    expect(JSON.stringify({ policies: ws.info().policies, documents: ws.listDocuments() })).toBe(before);
    ws.close();
  }, 60_000);
});
