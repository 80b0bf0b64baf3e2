import { describe, expect, it } from 'vitest';
import { nudge } from './end-labels.ts';

describe('names at the ends of the comparison lines', () => {
  it('leaves names where their lines end when they are a line of text apart', () => {
    expect(nudge([100, 40, 160], 15, 0, 300)).toEqual([100, 40, 160]);
  });

  it('pushes a name down just enough not to overlap the one above, keeping their order', () => {
    expect(nudge([100, 95, 200], 15, 0, 300)).toEqual([110, 95, 200]);
  });

  it('pulls names back up when the lowest would fall below the chart', () => {
    expect(nudge([295, 298], 15, 0, 300)).toEqual([285, 300]);
  });

  it('gives up (the chart shows its legend) when the names cannot all fit in its height', () => {
    expect(nudge([10, 10, 10, 10], 15, 0, 40)).toBeUndefined();
  });
});
