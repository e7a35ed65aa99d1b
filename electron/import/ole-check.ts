// A look at an OLE compound file (the container of .doc, .wps, .xls and .et) before a library reads it: every chain
// of sectors it would follow must end, and the directory's links must not run in a circle. The libraries follow
// chains and links as the file gives them, and one that runs in a circle keeps them going until memory runs out.
import { CyclicChainError, sectorChain } from './ole-chain';

const HEADER_BYTES = 512;
const HEADER_TABLE_SECTORS = 109;
const ENTRY_BYTES = 128;
/** Streams shorter than this live in the mini stream, in sectors of their own table. */
const MINI_CUTOFF = 4096;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

/** Why the container cannot be read safely, or null when every chain ends and the directory has no circle. */
export function oleDamage(bytes: Uint8Array): string | null {
  if (bytes.byteLength < HEADER_BYTES) return 'the header is cut short';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return `sector size 2^${shift}`;
  const size = 1 << shift;
  const perSector = size / 4;
  // A number of the file; past its end 0, as the libraries read a file cut short (their sectors start as zeros).
  const int = (at: number) => (at + 4 <= bytes.byteLength ? view.getInt32(at, true) : 0);
  const offsetOf = (sector: number) => (sector + 1) * size;
  const inFile = (sector: number) => sector >= 0 && offsetOf(sector) < bytes.byteLength;
  const sectorInts = (sector: number) => Array.from({ length: perSector }, (_, k) => int(offsetOf(sector) + 4 * k));
  try {
    // The allocation table's sectors: 109 named in the header, the rest in a chain of sectors, each ending on the
    // next one's id.
    const tableSectors: number[] = [];
    for (let k = 0; k < HEADER_TABLE_SECTORS; k++) tableSectors.push(int(0x4c + 4 * k));
    const passed = new Set<number>();
    for (let sector = int(0x44), left = view.getUint32(0x48, true); sector >= 0 && left > 0 && inFile(sector); left--) {
      if (passed.has(sector)) throw new CyclicChainError(sector);
      passed.add(sector);
      const ints = sectorInts(sector);
      tableSectors.push(...ints.slice(0, perSector - 1));
      sector = ints[perSector - 1];
    }
    const table = tableSectors.slice(0, view.getUint32(0x2c, true)).filter((sector) => sector >= 0).flatMap(sectorInts);
    const directory = sectorChain(table, int(0x30)).filter(inFile);
    const miniTable = sectorChain(table, int(0x3c)).filter(inFile).flatMap(sectorInts);
    // Each entry's stream, and its left, right and child links.
    const links: number[][] = [];
    for (const sector of directory) {
      for (let at = offsetOf(sector); at < offsetOf(sector) + size; at += ENTRY_BYTES) {
        const type = at + ENTRY_BYTES <= bytes.byteLength ? bytes[at + 0x42] : 0;
        links.push(type === STORAGE || type === STREAM || type === ROOT ? [int(at + 0x44), int(at + 0x48), int(at + 0x4c)] : []);
        const start = int(at + 0x74);
        if (type === STREAM) sectorChain(view.getUint32(at + 0x78, true) < MINI_CUTOFF ? miniTable : table, start);
        else if (type === ROOT) sectorChain(table, start);
      }
    }
    return directoryCircle(links);
  } catch (err) {
    if (err instanceof CyclicChainError) return err.message;
    throw err;
  }
}

/** A circle among the directory's links, followed from the root; entries reached twice by other paths are no circle. */
function directoryCircle(links: number[][]): string | null {
  const state = new Uint8Array(links.length); // 0 not met, 1 on the path being followed, 2 done
  const path: { id: number; next: number }[] = [{ id: 0, next: 0 }];
  if (links.length > 0) state[0] = 1;
  while (path.length > 0) {
    const top = path[path.length - 1];
    const id = links[top.id]?.[top.next++];
    if (id === undefined) {
      state[top.id] = 2;
      path.pop();
      continue;
    }
    if (id < 0 || id >= links.length || state[id] === 2) continue;
    if (state[id] === 1) return `directory entry ${id} links back to itself`;
    state[id] = 1;
    path.push({ id, next: 0 });
  }
  return null;
}
