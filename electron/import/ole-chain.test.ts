// A sector chain is followed to its end mark, cut short where the table ends, and refused when it runs in a circle.
import { describe, expect, it } from 'vitest';
import { CyclicChainError, sectorChain } from './ole-chain';

const END = -2;
const FREE = -1;

describe('sectorChain', () => {
  it('follows the table from the start to the end mark', () => {
    expect(sectorChain([3, END, FREE, 1], 0)).toEqual([0, 3, 1]);
    expect(sectorChain([END], 0)).toEqual([0]);
  });

  it('gives nothing for a chain that starts on an end or free mark', () => {
    expect(sectorChain([END, END], END)).toEqual([]);
    expect(sectorChain([END, END], FREE)).toEqual([]);
  });

  it('ends where the table does not hold the next sector, as a truncated file is read', () => {
    expect(sectorChain([1, 7], 0)).toEqual([0, 1, 7]);
  });

  it('refuses a chain that comes back to a sector it passed, however long the circle', () => {
    expect(() => sectorChain([1, 2, 0], 0)).toThrow(CyclicChainError);
    expect(() => sectorChain([0], 0)).toThrow(CyclicChainError);
    const circle = Array.from({ length: 100_000 }, (_, k) => (k + 1) % 100_000);
    expect(() => sectorChain(circle, 5)).toThrow(CyclicChainError);
  });
});
