/**
 * Golden tests of the whole pipeline (read → validate → score): each folder of test/golden/ holds a
 * data tree and the rankings it must produce, as a text file a reviewer can read and diff.
 * A mismatch (or a missing expectation) is written to test/golden/<case>-changed/ (git-ignored); UPDATE_GOLDEN=1 rewrites the expectation.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreBoard, type Board } from '../src/lib/score/board.ts';
import { formatIssue } from '../src/lib/validate/issues.ts';
import { loadData } from '../src/lib/read/load.ts';

const root = join(import.meta.dirname, 'golden');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.endsWith('-changed')).map((d) => d.name);

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const pp = (g: number | null) => (g === null ? '—' : `${g >= 0 ? '+' : '−'}${Math.abs(g).toFixed(1)}`);
const move = { up: '进位', down: '退位', same: '持平' } as const;

/** One plain line per unit: what a ranking page must show, stable and diff-friendly. */
function rankingsText(board: Board): string {
  const lines: string[] = [];
  for (const p of board.periods) {
    lines.push(`== ${p.period} 序时进度 ${pct(p.pace)}`);
    for (const c of p.city) lines.push(`全市 ${c.indicator} ${c.value}/${c.target?.base} ${pct(c.completion)} ${pp(c.paceGap)} 同比 ${pct(c.yoy)} 未报送 ${c.missingUnits}`);
    for (const g of p.groups) {
      lines.push(`-- ${g.group.name}`);
      for (const u of g.units) {
        const place = u.rank === null ? (u.state === 'missing' ? '未报送' : '无目标') : `${u.rank}${u.tied ? '（并列）' : ''}`;
        const movement = u.movement ? `${move[u.movement.movement]}${u.movement.by || ''}` : '—';
        const figures = u.indicators.map((i) => `${i.indicator} ${i.value ?? '—'}/${i.target?.base ?? '—'} ${pct(i.completion)} 同比 ${pct(i.yoy)} 尚需 ${i.remaining ?? '—'}`).join('; ');
        lines.push(`${place} ${movement} ${u.name} ${pct(u.score)} ${pp(u.scoreGap)} ${u.band?.symbol ?? '—'} | ${figures}${u.remark ? ` | ${u.remark}` : ''}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

describe('golden pipeline cases', () => {
  it.each(cases)('turns the %s data tree into exactly the expected rankings', (name) => {
    const { model, issues } = loadData({ root: join(root, name), currentPeriod: '2026-11' });
    expect(issues.map(formatIssue)).toEqual([]);
    const actual = rankingsText(scoreBoard(model!));
    const expectedFile = join(root, name, 'expected', 'rankings.txt');
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join(root, name, 'expected'), { recursive: true });
      writeFileSync(expectedFile, actual);
    }
    const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : '(missing: run with UPDATE_GOLDEN=1 and review)';
    if (actual !== expected) {
      mkdirSync(join(root, `${name}-changed`), { recursive: true });
      writeFileSync(join(root, `${name}-changed`, 'rankings.txt'), actual);
    }
    expect(actual).toBe(expected);
  });
});
