/**
 * What a month's publication redraws. Pictures are kept by content (src/lib/images/render.ts), so a
 * picture whose content does not change is never drawn again: a past year's charts, their release
 * date and notice included, stay as they were when a month of the next year is published, and
 * only the new year's pictures (and the cards that show the latest month) are drawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBenchBoard, writeBenchMonth } from '../scripts/bench-board.ts';
import { imageFiles } from '../src/lib/images/catalogue.ts';
import { pictureKey } from '../src/lib/images/render.ts';
import { loadData } from '../src/lib/model/load.ts';
import { scoreBoard } from '../src/lib/score/board.ts';

const root = mkdtempSync(join(tmpdir(), 'redraws-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const UNITS = 6;

/** Each picture file's content key, as the build would cache it. */
function pictureKeys(): Map<string, string> {
  const { model, issues } = loadData({ root });
  if (!model) throw new Error(JSON.stringify(issues.slice(0, 3)));
  return new Map(imageFiles(scoreBoard(model, {})).map((f) => [f.file, pictureKey(f.picture())]));
}

describe('a month published', () => {
  it('keeps the drawing of every chart of a past year, and redraws the current year', () => {
    const { firstYear, lastYear } = writeBenchBoard(root, { years: 2, units: UNITS });
    const before = pictureKeys();
    writeBenchMonth(root, { units: UNITS, firstYear, year: lastYear + 1, month: 1 });
    const after = pictureKeys();

    const charts = (year: number) =>
      [...before.keys()].filter((f) => f.startsWith('charts/') && f.includes(`-${year}-`));
    const pastCharts = [...charts(firstYear), ...charts(lastYear)];
    expect(pastCharts.length).toBeGreaterThanOrEqual(2 * UNITS * 3);
    for (const file of pastCharts) expect(after.get(file), file).toBe(before.get(file));

    const newYear = [...after.keys()].filter((f) => f.startsWith('charts/') && f.includes(`-${lastYear + 1}-`));
    expect(newYear.length).toBeGreaterThanOrEqual(UNITS * 3);
    for (const file of newYear) expect(before.has(file), file).toBe(false);
  });
});
