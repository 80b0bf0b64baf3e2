/**
 * Golden tests of the whole pipeline (read → validate → score → export): each folder of test/golden/
 * holds a data tree and everything it must produce — the rankings as a text a reviewer can read,
 * and every file a user can download (CSV, JSON, README.txt), byte for byte. So no change to one
 * feature can silently change a published number.
 * A mismatch (or a missing expectation) is written to test/golden/<case>-changed/ (git-ignored);
 * UPDATE_GOLDEN=1 rewrites the expectations — review the diff before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadBody, listDownloads } from '../src/lib/export/downloads.ts';
import { readmeText } from '../src/lib/export/readme.ts';
import { monthSummary } from '../src/lib/present/summary.ts';
import { readmeUrl } from '../src/lib/present/urls.ts';
import { loadData } from '../src/lib/model/load.ts';
import { scoreBoard, type Board } from '../src/lib/score/board.ts';
import { warningsAt } from '../src/lib/score/warning.ts';
import { formatIssue } from '../src/lib/validate/issues.ts';
import { workbookText } from './support/workbook-text.ts';

// The data commit every method and input file names: fixed, so the expectations do not change with each commit.
process.env.BOARD_DATA_COMMIT = 'golden';

const root = join(import.meta.dirname, 'golden');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.endsWith('-changed'))
  .map((d) => d.name);

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const pp = (g: number | null) => (g === null ? '—' : `${g >= 0 ? '+' : '−'}${Math.abs(g).toFixed(1)}`);
const move = { up: '进位', down: '退位', same: '持平' } as const;

/** One plain line per unit: what a ranking page must show, stable and diff-friendly. */
function rankingsText(board: Board): string {
  const lines: string[] = [];
  for (const p of board.periods) {
    lines.push(`== ${p.period} 序时进度 ${pct(p.pace)}`);
    for (const c of p.city)
      lines.push(
        `全市 ${c.indicator} ${c.value}/${c.target?.base} ${pct(c.completion)} ${pp(c.paceGap)} 同比 ${pct(c.yoy)} 未报送 ${c.missingUnits}`,
      );
    for (const g of p.groups) {
      lines.push(`-- ${g.group.name}`);
      for (const u of g.units) {
        const place =
          u.rank === null ? (u.state === 'missing' ? '未报送' : '无目标') : `${u.rank}${u.tied ? '（并列）' : ''}`;
        const movement = u.movement ? `${move[u.movement.movement]}${u.movement.by || ''}` : '—';
        const figures = u.indicators
          .map(
            (i) =>
              `${i.indicator} ${i.value ?? '—'}/${i.target?.base ?? '—'} ${pct(i.completion)} 同比 ${pct(i.yoy)} 尚需 ${i.remaining ?? '—'}`,
          )
          .join('; ');
        lines.push(
          `${place} ${movement} ${u.name} ${pct(u.score)} ${pp(u.scoreGap)} ${u.band?.symbol ?? '—'} | ${figures}${u.remark ? ` | ${u.remark}` : ''}`,
        );
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** 预警 month by month (not a download): each unit's projections to the checks ahead and its run behind pace. */
function warningsText(board: Board): string {
  const lines: string[] = [];
  for (const p of board.periods) {
    const w = warningsAt(board, p);
    if (!w) continue;
    lines.push(
      `== ${p.period} 连续落后 ≥ ${w.behindMonths} 个月；推算到 ${w.ahead.map((c) => `${c.id}(${c.month}月)`).join(' ') || '—'}`,
    );
    for (const u of w.units) {
      const projections = u.projections.map(
        (pr) =>
          `${pr.check.id} ${pr.indicators.map((i) => `${i.indicator} ${pct(i.completion)}`).join(' ')}${pr.missedOn.length ? ` 预计未达 ${pr.missedOn.join(',')}` : ''}`,
      );
      lines.push(`${u.name} 落后 ${u.behindStreak}${u.flagged ? ' 连续落后' : ''} | ${projections.join(' | ')}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The generated Chinese summary of every month (bulletin, feed, long image): one block per month. */
const summariesText = (board: Board) =>
  board.periods.map((p) => [`== ${p.period}`, ...monthSummary(board.model, p)].join('\n')).join('\n') + '\n';

/**
 * Everything a case produces, by path inside expected/: rankings.txt, summaries.txt, warnings.txt, and data/<file>
 * for every download (a workbook as data/<file>.txt, read back: its bytes hold the time it was zipped).
 */
async function outputsOf(board: Board): Promise<Map<string, string>> {
  const outputs = new Map([
    ['rankings.txt', rankingsText(board)],
    ['summaries.txt', summariesText(board)],
    [readmeUrl().slice(1), readmeText(board)],
  ]);
  if (board.model.plans.some((p) => p.assessments)) outputs.set('warnings.txt', warningsText(board));
  for (const d of listDownloads(board)) {
    const body = downloadBody(board, d);
    if (typeof body === 'string') outputs.set(d.href.slice(1), body);
    else outputs.set(`${d.href.slice(1)}.txt`, workbookText(await body));
  }
  return outputs;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

function writeAll(dir: string, files: Map<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const produced = new Map(
  await Promise.all(
    cases.map(async (name) => {
      const { model, issues } = loadData({ root: join(root, name), currentPeriod: '2026-11' });
      const actual = model ? await outputsOf(scoreBoard(model)) : new Map<string, string>();
      return [name, { issues, actual, model }] as const;
    }),
  ),
);

describe('golden pipeline cases', () => {
  describe.each(cases)('the %s data tree', (name) => {
    const { model, issues, actual } = produced.get(name)!;
    const expectedDir = join(root, name, 'expected');
    if (process.env.UPDATE_GOLDEN && model) writeAll(expectedDir, actual);
    const changed = [...actual].filter(
      ([file, text]) => !existsSync(join(expectedDir, file)) || readFileSync(join(expectedDir, file), 'utf8') !== text,
    );
    // What changed, for a reviewer to diff; a stale folder from an earlier run is removed.
    if (changed.length > 0) writeAll(join(root, `${name}-changed`), new Map(changed));
    else rmSync(join(root, `${name}-changed`), { recursive: true, force: true });

    it('loads without an issue', () => {
      expect(issues.map(formatIssue)).toEqual([]);
    });

    it('produces exactly the expected files, no more and no fewer', () => {
      expect([...actual.keys()].sort()).toEqual(filesUnder(expectedDir));
    });

    it.each([...actual.keys()].sort())('produces exactly the expected %s', (file) => {
      const path = join(expectedDir, file);
      const expected = existsSync(path) ? readFileSync(path, 'utf8') : '(missing: run with UPDATE_GOLDEN=1 and review)';
      expect(actual.get(file)).toBe(expected);
    });
  });
});
