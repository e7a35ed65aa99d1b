import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// The headings of the real policies, as their keys give them, each read as a measure run on into what follows it: a
// sentence of its own after a comma, a full stop, or a clause naming who is to act. No rule that ends a heading run into
// its paragraph may cut one of them inside (the negative side of heading-body, body-subject, grounds-opener,
// echoed-verb, verb-clause, section-word and object-end, over every heading of the corpus).
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'extract', '__fixtures__', 'real');
const titles = readdirSync(dir)
  .filter((f) => f.endsWith('.key.txt'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#') && line.includes(' | '))
      .map((line) => line.split(' | ')[2]?.trim() ?? '')
      .filter((title) => title !== ''),
  );

describe('heading-body over the corpus: a real heading is never cut inside', () => {
  it.each([['，加强落实。'], ['。'], ['，各地要加强落实。']])('a heading followed by 「%s」', (tail) => {
    expect(titles.length).toBeGreaterThan(500);
    const cut = titles.filter((title) => {
      const piece = `（一）${title}${tail}`;
      const at = headingBodyStart(piece);
      return at !== null && at < '（一）'.length + title.length;
    });
    expect(cut).toEqual([]);
  });
});
