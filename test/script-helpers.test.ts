/**
 * Helpers the subcommands share (scripts/cli.ts, scripts/table.ts): the median their benchmarks quote,
 * the `--lang` flag read before any message, and the tables their reports print.
 */
import { describe, expect, it } from 'vitest';
import { median, useLangFlag } from '../scripts/cli.ts';
import { displayWidth, tableLines } from '../scripts/table.ts';

describe('the median a benchmark quotes', () => {
  it('is the middle figure once sorted, whatever the order the runs came in', () => {
    expect(median([9.73, 7.96, 9.68])).toBe(9.68);
  });
  it('is the upper middle of an even count, and NaN (never a made-up figure) of none', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });
  it('leaves the figures it was given in their order', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});

describe('the --lang flag', () => {
  const withLang = (argv: string[]) => {
    const before = process.env.BOARD_LANG;
    try {
      delete process.env.BOARD_LANG;
      useLangFlag(argv);
      return process.env.BOARD_LANG;
    } finally {
      if (before === undefined) delete process.env.BOARD_LANG;
      else process.env.BOARD_LANG = before;
    }
  };
  it('is read as --lang en and as --lang=en', () => {
    expect(withLang(['node', 'board.ts', 'status', '--lang', 'en'])).toBe('en');
    expect(withLang(['node', 'board.ts', 'status', '--lang=en'])).toBe('en');
  });
  it('leaves the language alone when it is absent or has no value', () => {
    expect(withLang(['node', 'board.ts', 'status'])).toBeUndefined();
    expect(withLang(['node', 'board.ts', 'status', '--lang'])).toBeUndefined();
  });
});

describe('a report’s table', () => {
  it('counts a Chinese character as two columns of the terminal', () => {
    expect(displayWidth('排行榜')).toBe(6);
    expect(displayWidth('page')).toBe(4);
  });
  it('lines up each column by display width, with a rule under the header when asked', () => {
    const lines = tableLines(
      [
        ['页面', 'KB'],
        ['/rankings/', '12.5'],
        ['/', '3'],
      ],
      { rule: true, rightAligned: (column) => column === 1 },
    );
    expect(lines).toEqual(['页面          KB', '----------  ----', '/rankings/  12.5', '/              3']);
  });
  it('pads a short row and trims the spaces at a line’s end', () => {
    expect(tableLines([['a', 'bb'], ['ccc']])).toEqual(['a    bb', 'ccc']);
  });
});
