import { describe, expect, it } from 'vitest';
import type { GroupResult, UnitResult } from '../../../score/board.ts';
import { groupVerdict, verdictLine, type GroupVerdict } from './verdict.ts';

/** The names only, for short expectations. */
const names = (v: GroupVerdict) => ({
  ...v,
  first: v.first.map((u) => u.name),
  last: v.last.map((u) => u.name),
  missing: v.missing.map((u) => u.name),
});

const unit = (name: string, rank: number | null, scoreGap: number | null, state: UnitResult['state'] = 'ranked') =>
  ({ unit: name, name, rank, scoreGap, state }) as UnitResult;
const group = (...units: UnitResult[]) => ({ group: { id: 'towns', name: '镇' }, units }) as unknown as GroupResult;

describe("a month's verdict per group", () => {
  it('names the first and the last unit and counts those at or ahead of pace', () => {
    const v = names(groupVerdict(group(unit('大中镇', 1, 12.5), unit('南阳镇', 2, 0), unit('草庙镇', 3, -0.03))));
    expect(v).toEqual({ name: '镇', first: ['大中镇'], last: ['草庙镇'], ahead: 2, ranked: 3, missing: [] });
  });

  it('names every unit that shares the first or the last place', () => {
    const v = names(groupVerdict(group(unit('甲', 1, 5), unit('乙', 1, 5), unit('丙', 3, -2), unit('丁', 3, -2))));
    expect(v.first).toEqual(['甲', '乙']);
    expect(v.last).toEqual(['丙', '丁']);
  });

  it('leaves units that did not report out of the places and names them apart', () => {
    const v = names(groupVerdict(group(unit('甲', 1, 5), unit('乙', 2, -1), unit('丙', null, null, 'missing'))));
    expect(v.last).toEqual(['乙']);
    expect(v.ranked).toBe(2);
    expect(v.missing).toEqual(['丙']);
  });

  it('gives no last place when every ranked unit shares the first', () => {
    expect(groupVerdict(group(unit('甲', 1, 5), unit('乙', 1, 5))).last).toEqual([]);
  });

  it('links each named unit to its page', () => {
    expect(groupVerdict(group(unit('dazhong', 1, 5))).first).toEqual([{ name: 'dazhong', href: '/units/dazhong/' }]);
  });

  it('gives no places when no unit is ranked', () => {
    const v = names(groupVerdict(group(unit('甲', null, null, 'missing'))));
    expect([v.first, v.last, v.ranked]).toEqual([[], [], 0]);
  });
});

describe("a month's verdict line", () => {
  const words = (parts: ReturnType<typeof verdictLine>) =>
    parts
      .map((p) => (typeof p === 'string' ? p : Array.isArray(p) ? p.map((u) => u.name).join('、') : p.keep))
      .join('');

  it('says first, last and how many of the ranked units are at or ahead of pace', () => {
    const v = groupVerdict(group(unit('大中镇', 1, 12.5), unit('南阳镇', 2, 0), unit('草庙镇', 3, -0.03)));
    expect(words(verdictLine(v))).toBe('第一 大中镇，末位 草庙镇；3 个中 2 个达到序时进度。');
  });

  it('says 全部 when every ranked unit is at or ahead of pace, and names the units that did not report', () => {
    const v = groupVerdict(group(unit('甲', 1, 5), unit('乙', 2, 1), unit('丙', null, null, 'missing')));
    expect(words(verdictLine(v))).toBe('第一 甲，末位 乙；2 个全部达到序时进度；未报送 丙。');
  });

  it('says so when no unit is ranked', () => {
    expect(words(verdictLine(groupVerdict(group(unit('甲', null, null, 'missing')))))).toBe(
      '本月无单位排名；未报送 甲。',
    );
  });
});
