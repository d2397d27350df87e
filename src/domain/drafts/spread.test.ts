import { describe, expect, it } from 'vitest';
import { offsetsFor, spreadTable, type PartUse } from './spread.ts';

const shared = (table: Map<string, number[]>, p: number, q: number) =>
  [...table.values()].filter((column) => column[p] === column[q]).length;

describe('spreadTable', () => {
  const parts: PartUse[] = [
    ['opening', 6, 1],
    ['interest', 4, 2],
    ['question', 4, 1],
    ['closing', 4, 1],
  ];

  it('gives everyone their own alternative in every part while the banks have enough', () => {
    const table = spreadTable(parts, 4);
    for (const column of table.values()) expect(column).toEqual([0, 1, 2, 3]);
  });

  it('never lets two people of a panel of twelve share more than two of four parts', () => {
    const table = spreadTable(parts, 12);
    let most = 0;
    for (let p = 0; p < 12; p++) for (let q = p + 1; q < 12; q++) most = Math.max(most, shared(table, p, q));
    // Moving one along per person made persons 1 and 5 share all three four-way parts (and 1 and 7 the six-way one).
    expect(most).toBeLessThanOrEqual(2);
    const naive = new Map(parts.map(([part, size]) => [part, Array.from({ length: 12 }, (_, p) => p % size)]));
    expect(shared(naive, 1, 5)).toBe(3);
  });

  it('starts a bigger table with the smaller one, so adding a person changes nobody else’s note', () => {
    const small = spreadTable(parts, 5);
    const big = spreadTable(parts, 14);
    for (const [part, column] of small) expect(big.get(part)?.slice(0, 5)).toEqual(column);
  });

  it('is the same table every time', () => {
    expect(spreadTable(parts, 9)).toEqual(spreadTable(parts, 9));
  });
});

describe('offsetsFor', () => {
  it('leaves out banks of one alternative and counts a part once', () => {
    const offsets = offsetsFor(
      [
        ['greeting', 1, 1],
        ['opening', 6, 1],
        ['opening', 6, 1],
      ],
      7,
    );
    expect([...offsets.keys()]).toEqual(['opening']);
  });
});
