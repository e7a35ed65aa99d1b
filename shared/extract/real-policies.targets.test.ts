// Quantitative targets of real policies against a key written by reading (__fixtures__/real/targets.key.json): each
// target must be read with the words of what it measures (rule target-phrase), and nothing else read as a target.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from '../text/repair';
import { extractPolicy } from './policy';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real');
const key: { documents: Record<string, Record<string, string[]>> } = JSON.parse(readFileSync(join(dir, 'targets.key.json'), 'utf8'));
const bare = (s: string) => s.replace(/\s/g, '');

describe.each(Object.entries(key.documents))('targets of %s', (file, measures) => {
  const extract = extractPolicy({ paragraphs: repairParagraphs(textBlocks(readFileSync(join(dir, file), 'utf8'))) });

  it('reads each keyed target with what it measures, and no other', () => {
    const read = Object.fromEntries(
      extract.measures.filter((m) => m.targets.length > 0).map((m) => [String(m.number), m.targets.map((t) => bare(t.phrase ?? t.text))]),
    );
    const keyed = Object.fromEntries(Object.entries(measures).map(([n, list]) => [n, list.map(bare)]));
    expect(read).toEqual(keyed);
  });
});
