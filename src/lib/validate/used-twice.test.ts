import { describe, expect, it } from 'vitest';
import { usedTwice } from './used-twice.ts';

describe('usedTwice', () => {
  it('names every entry that repeats an earlier key, with the first entry of that key', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'c' }, { id: 'a' }, { id: 'b' }];
    expect([...usedTwice(items, (item) => item.id)]).toEqual([
      [2, 0],
      [4, 0],
      [5, 1],
    ]);
  });

  it('names none in a list whose keys are all different', () => {
    expect(usedTwice(['x', 'y', 'z'], (item) => item).size).toBe(0);
  });
});
