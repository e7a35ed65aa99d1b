// Sector chains of an OLE compound file (the container of .doc, .xls and .wps): each entry of the allocation table
// names the sector that follows, until an end mark (a negative id). A damaged or hostile file can make a chain run
// back on itself; followed blindly it never ends, and the list of its sectors grows until the process is killed.

/** A chain that comes back to a sector it has passed: the file is damaged, and nothing in it can be trusted. */
export class CyclicChainError extends Error {
  constructor(readonly sector: number) {
    super(`sector chain returns to sector ${sector}`);
  }
}

/**
 * The sectors of the chain starting at `start`, in order: up to an end mark, or a sector the table does not hold
 * (where the chain is cut short, as a truncated file's is). Throws CyclicChainError when a sector comes again.
 */
export function sectorChain(table: ArrayLike<number | undefined>, start: number): number[] {
  const chain: number[] = [];
  const passed = new Set<number>();
  for (let sector: number | undefined = start; sector !== undefined && sector >= 0; sector = table[sector]) {
    if (passed.has(sector)) throw new CyclicChainError(sector);
    passed.add(sector);
    chain.push(sector);
  }
  return chain;
}
