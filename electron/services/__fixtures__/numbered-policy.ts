// A generated policy text of numbered items of four levels (一、 （一） 1. （1）), each section with a lead: quick to
// read as text, and as long as a test needs it to be read as a policy.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Writes, in `dir`, a policy of at least `chars` characters named `name`; returns its path. */
export function numberedPolicy(dir: string, name: string, chars: number): string {
  const lines: string[] = [];
  for (let k = 0, length = 0; length < chars; k++) {
    const line = [`${CN[k % 10]}、加强工作`, `（${CN[k % 10]}）推进改革（区财政局牵头）`, `${k + 1}. 落实任务。`, `（${(k % 9) + 1}）完成目标。`][k % 4];
    lines.push(line);
    length += line.length;
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}
