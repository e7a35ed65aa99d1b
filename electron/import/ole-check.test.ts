// The look at an OLE container before a library reads it: the real files of the tests (saved by Word, WPS,
// LibreOffice and Excel) pass; a chain or a directory link in a circle, anywhere a library would follow it, does not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOle } from './doc';
import { oleDamage } from './ole-check';

const fixtures = join(__dirname, '__fixtures__');
const oleFiles = ['.', 'wps', 'sheets']
  .flatMap((dir) => readdirSync(join(fixtures, dir)).map((name) => join(fixtures, dir, name)))
  .filter((path) => /\.(doc|wps|xls|et)$/.test(path))
  .map((path) => ({ path, bytes: readFileSync(path) }))
  .filter(({ bytes }) => isOle(bytes) && bytes.byteLength >= 512);

/** The container's layout, read the plain way (header table sectors only: the test files are small). */
function layout(bytes: Buffer) {
  const size = 1 << bytes.readUInt16LE(0x1e);
  const at = (sector: number) => (sector + 1) * size;
  const tableSectors = Array.from({ length: bytes.readUInt32LE(0x2c) }, (_, k) => bytes.readInt32LE(0x4c + 4 * k));
  const entryOf = (sector: number) => at(tableSectors[Math.floor(sector / (size / 4))]) + (sector % (size / 4)) * 4;
  const next = (sector: number) => bytes.readInt32LE(entryOf(sector));
  const setNext = (sector: number, to: number) => bytes.writeInt32LE(to, entryOf(sector));
  const directory = at(bytes.readInt32LE(0x30));
  return { size, next, setNext, directory };
}

const copy = (name: string) => Buffer.from(readFileSync(join(fixtures, name)));

describe('oleDamage', () => {
  it('passes every real container of the tests', () => {
    expect(oleFiles.length).toBeGreaterThanOrEqual(6);
    for (const { path, bytes } of oleFiles) expect(oleDamage(bytes), path).toBeNull();
  });

  it('finds a stream whose chain comes back to an earlier sector', () => {
    const bytes = copy('auto-numbered-lists.doc');
    const { size, next, setNext, directory } = layout(bytes);
    // the first stream kept in the main table (4096 bytes or more), its chain turned back at its third sector
    const entry = Array.from({ length: size / 128 }, (_, k) => directory + 128 * k).find((at) => bytes[at + 0x42] === 2 && bytes.readUInt32LE(at + 0x78) >= 4096)!;
    const first = bytes.readInt32LE(entry + 0x74);
    const third = next(next(first));
    setNext(third, first);
    expect(oleDamage(bytes)).toMatch(/returns to sector/);
  });

  it('finds a directory whose chain runs in a circle', () => {
    const bytes = copy('wps/kingsoft-writer.wps');
    const { setNext } = layout(bytes);
    const start = bytes.readInt32LE(0x30);
    setNext(start, start);
    expect(oleDamage(bytes)).toMatch(/returns to sector/);
  });

  it('finds a directory entry that links back to the root', () => {
    const bytes = copy('sheets/task-table.xls');
    const { directory } = layout(bytes);
    const child = bytes.readInt32LE(directory + 0x4c);
    bytes.writeInt32LE(0, directory + 128 * child + 0x44);
    expect(oleDamage(bytes)).toMatch(/links back/);
  });

  it('lets an entry reached by two links pass when no link runs in a circle', () => {
    const bytes = copy('sheets/task-table.xls');
    const { directory } = layout(bytes);
    const child = bytes.readInt32LE(directory + 0x4c);
    // the root's child also named as the left neighbour of an entry below it: reached twice, never in a circle
    const below = [0x44, 0x48, 0x4c].map((k) => bytes.readInt32LE(directory + 128 * child + k)).find((id) => id > 0);
    expect(below).toBeDefined();
    const free = [0x44, 0x48, 0x4c].find((k) => bytes.readInt32LE(directory + 128 * below! + k) === -1)!;
    const sibling = [...Array(20).keys()].find((id) => id > 0 && id !== child && id !== below && bytes[directory + 128 * id + 0x42] !== 0);
    bytes.writeInt32LE(sibling ?? child, directory + 128 * below! + free);
    expect(oleDamage(bytes)).toBeNull();
  });

  it('reads a file cut short as the libraries do, its missing bytes as zeros: a table cut short sends chains back to sector 0', () => {
    const sheet = copy('wps/kingsoft-sheet.et');
    const table = (sheet.readInt32LE(0x4c) + 1) * 512;
    expect(oleDamage(sheet.subarray(0, table + 160))).toMatch(/returns to sector 0/);
    // cut in its last sector, its tables whole: left to the library, which reads what there is
    const writer = copy('wps/policy-seed.wps');
    expect(oleDamage(writer.subarray(0, writer.length - 100))).toBeNull();
  });

  it('finds a header cut short or with a sector size no writer uses', () => {
    expect(oleDamage(copy('libreoffice-table.doc').subarray(0, 300))).toMatch(/cut short/);
    const odd = copy('libreoffice-table.doc');
    odd.writeUInt16LE(30, 0x1e);
    expect(oleDamage(odd)).toMatch(/sector size/);
  });
});
