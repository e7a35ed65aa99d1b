// A file longer than any policy is not read as one on the workspace's thread: refused with its reason when it is
// imported as a policy (the workspace keeps all it had).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_POLICY_CHARS } from '../../shared/extract/policy-size';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-policy-size-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Numbered items of four levels, each with a lead, past the most a policy holds. */
function longPolicy(name: string): string {
  const lines: string[] = [];
  for (let k = 0, length = 0; length <= MAX_POLICY_CHARS; k++) {
    const line = [`${CN[k % 10]}、加强工作`, `（${CN[k % 10]}）推进改革（区财政局牵头）`, `${k + 1}. 落实任务。`, `（${(k % 9) + 1}）完成目标。`][k % 4];
    lines.push(line);
    length += line.length;
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('a text longer than any policy', () => {
  it('is refused as a policy with the reason, and the workspace keeps its policy as it was', async () => {
    const ws = openWorkspace(join(dir, 'w.sqlite'));
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    const before = JSON.stringify({ policies: ws.info().policies, documents: ws.listDocuments() });
    const r = await ws.importFiles([longPolicy('六十万字汇编.txt')], 'policy');
    expect(r.results[0]).toMatchObject({ ok: false });
    expect(r.results[0].error?.message).toMatch(/^无法导入「六十万字汇编\.txt」作为政策文件：文件中的文字约 \d+ 万字，超过了政策文件 60 万字的上限/);
    expect(JSON.stringify({ policies: ws.info().policies, documents: ws.listDocuments() })).toBe(before);
    ws.close();
  }, 60_000);
});
