import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalRecord } from '../../../../../test/support/tree.ts';
import { loadData } from '../../../model/load.ts';
import { scoreBoard } from '../../../score/board.ts';
import { revisedHref } from '../../revisions.ts';
import { correctionsView } from './corrections.ts';
import { asIndicator, asPeriod, asUnit } from '../../../../../test/support/ids.ts';

/** The minimal fixture, published and recorded, with 港区's March 合同 revised from 160 to 1000. */
function revisedBoard() {
  const root = mkdtempSync(join(tmpdir(), 'corrections-'));
  try {
    cpSync(join(import.meta.dirname, '../../../../../test/fixtures/minimal/data'), join(root, 'data'), {
      recursive: true,
    });
    writeFileSync(join(root, 'data/published.yaml'), minimalRecord());
    const march = join(root, 'data/reports/2005/2005-03.yaml');
    // A jump this size is stopped as implausible unless the remark says it was checked (已核实).
    writeFileSync(
      march,
      readFileSync(march, 'utf8').replace(
        /(unit: gangqu\n\s+contracted: )160(\n\s+actual: \d+\n)/,
        '$11000$2    remark: 已核实：漏报项目补入\n',
      ),
    );
    mkdirSync(join(root, 'data/revisions'));
    writeFileSync(
      join(root, 'data/revisions/2005.yaml'),
      [
        'revisions:',
        '  - { date: 2005-04-20, period: 2005-03, unit: gangqu, indicator: contracted, old: 160, new: 1000, kind: 更正, reason: 漏报一个项目 }',
        'adjustments:',
        '  - { date: 2005-04-03, period: 2005-03, unit: dazhong, indicator: actual, amount: 5, reason: 撤资 }',
        '',
      ].join('\n'),
    );
    const { model, issues } = loadData({ root, currentPeriod: '2026-11' });
    if (!model) throw new Error(issues.map((i) => `${i.file}:${i.line} ${i.expected} / ${i.got}`).join('\n'));
    return scoreBoard(model);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the corrections page', () => {
  const board = revisedBoard();
  const view = correctionsView(board);

  it('lists a revision with its old and new value and the place each gave the unit that month', () => {
    expect(view.revisions).toEqual([
      expect.objectContaining({
        id: 'r-2005-03-gangqu-contracted',
        kind: '更正',
        unit: '港经济开发区',
        old: '160',
        new: '1000',
        oldPlace: '2',
        newPlace: '1',
        reason: '漏报一个项目',
      }),
    ]);
  });

  it('lists each 核减 with its amount and reason', () => {
    expect(view.adjustments).toEqual([expect.objectContaining({ unit: '大中镇', amount: '5', reason: '撤资' })]);
  });

  it('links a revised figure, and only that one, to its history', () => {
    expect(revisedHref(board.model, asPeriod('2005-03'), asUnit('gangqu'), asIndicator('contracted'))).toBe(
      '/corrections/#r-2005-03-gangqu-contracted',
    );
    expect(revisedHref(board.model, asPeriod('2005-03'), asUnit('gangqu'), asIndicator('actual'))).toBeUndefined();
    expect(revisedHref(board.model, asPeriod('2005-02'), asUnit('gangqu'), asIndicator('contracted'))).toBeUndefined();
  });
});
