// Folder listing with hostile links, made in the test: out of the folder, dangling, looping.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFolder } from './folder';

const scratch = mkdtempSync(join(tmpdir(), 'folder-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, '区财政局报告.txt'), '报告');
  writeFileSync(join(dir, 'sub', '区民政局报告.txt'), '报告');
  return dir;
}

describe('listFolder', () => {
  it('lists the files of the folder and its sub-folders, hidden ones left out', () => {
    const dir = folder('plain');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    expect(listFolder(dir)).toEqual({ files: [join(dir, 'sub', '区民政局报告.txt'), join(dir, '区财政局报告.txt')], skipped: [] });
  });

  it.each([
    ['a file outside the folder', () => '/etc/passwd'],
    ['a folder outside the folder', () => '/etc'],
    ['a file beside the folder', () => {
      const outside = join(scratch, 'secret.txt');
      writeFileSync(outside, '机密');
      return outside;
    }],
  ])('skips a link to %s with a message naming it', (_label, target) => {
    const dir = folder(`out-${_label.replace(/\s/g, '-')}`);
    symlinkSync(target(), join(dir, 'sub', 'passwd.txt'));
    const { files, skipped } = listFolder(dir);
    expect(files).toHaveLength(2);
    expect(files.some((f) => f.endsWith('passwd.txt'))).toBe(false);
    expect(skipped).toEqual([{ file: join('sub', 'passwd.txt'), message: expect.stringContaining('已跳过「sub/passwd.txt」：这是指向所选文件夹以外的链接') }]);
  });

  it('skips a link loop and a dangling link without failing', () => {
    const dir = folder('loops');
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    symlinkSync(join(dir, 'self'), join(dir, 'self'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync(dir, join(dir, 'sub', 'up')); // a folder link back to the top: walked once
    const { files, skipped } = listFolder(dir);
    expect(files).toEqual([join(dir, 'sub', '区民政局报告.txt'), join(dir, '区财政局报告.txt')]);
    expect(skipped.map((s) => s.file).sort()).toEqual(['a.txt', 'b.txt', 'dangling.txt', 'self']);
    for (const s of skipped) expect(s.message).toMatch(/^已跳过「.+」：这是一个无法解析的链接/);
  });

  it('follows links that stay inside the folder', () => {
    const dir = folder('inside');
    symlinkSync(join(dir, 'sub', '区民政局报告.txt'), join(dir, '民政.txt'));
    const { files, skipped } = listFolder(dir);
    expect(files).toContain(join(dir, '民政.txt'));
    expect(skipped).toEqual([]);
  });

  it('works when the chosen folder is itself reached through a link', () => {
    const dir = folder('real');
    const link = join(scratch, 'linked');
    symlinkSync(dir, link);
    const { files, skipped } = listFolder(link);
    expect(files).toEqual([join(link, 'sub', '区民政局报告.txt'), join(link, '区财政局报告.txt')]);
    expect(skipped).toEqual([]);
  });
});
