/**
 * The month page's verdict, one line per group, before anything else: who is first, who is last and how
 * many units are at or ahead of pace (decided on the unrounded gap, as the bands are).
 */
import type { GroupResult, UnitResult } from '../../../score/board.ts';
import { unitUrl } from '../../urls.ts';

/** A unit named in the verdict, linked to its page. */
export interface NamedUnit {
  name: string;
  href: string;
}

export interface GroupVerdict {
  /** The group's name: 两区, 镇, 部门. */
  name: string;
  /** The unit or units in first place (several when tied). */
  first: NamedUnit[];
  /** The unit or units in the last place, when more than one place is given; else empty. */
  last: NamedUnit[];
  /** Ranked units at or ahead of pace (gap ≥ 0, unrounded). */
  ahead: number;
  /** Units ranked this month. */
  ranked: number;
  /** Units that did not report (未报送): unranked, named apart. */
  missing: NamedUnit[];
}

const named = (u: UnitResult): NamedUnit => ({ name: u.name, href: unitUrl(u.unit) });
const namesAt = (units: UnitResult[], rank: number) => units.filter((u) => u.rank === rank).map(named);

export function groupVerdict(group: GroupResult): GroupVerdict {
  const ranked = group.units.filter((u) => u.state === 'ranked' && u.rank !== null);
  const ranks = ranked.map((u) => u.rank!);
  const top = Math.min(...ranks);
  const bottom = Math.max(...ranks);
  return {
    name: group.group.name,
    first: ranked.length ? namesAt(ranked, top) : [],
    last: ranked.length && bottom !== top ? namesAt(ranked, bottom) : [],
    ahead: ranked.filter((u) => u.scoreGap !== null && u.scoreGap >= 0).length,
    ranked: ranked.length,
    missing: group.units.filter((u) => u.state === 'missing').map(named),
  };
}

/** A piece of a verdict line: words, units named (linked), or a count kept on one line. */
export type VerdictPart = string | NamedUnit[] | { keep: string };

/** 镇：第一 大中镇，末位 草庙镇；14 个中 12 个达到序时进度；未报送 西团镇。 — the words after the group's name. */
export function verdictLine(v: GroupVerdict): VerdictPart[] {
  const parts: VerdictPart[] = [];
  if (v.ranked === 0) parts.push('本月无单位排名');
  else {
    parts.push('第一 ', v.first);
    if (v.last.length) parts.push('，末位 ', v.last);
    parts.push('；', { keep: v.ahead === v.ranked ? `${v.ranked} 个全部` : `${v.ranked} 个中 ${v.ahead} 个` });
    parts.push('达到序时进度');
  }
  if (v.missing.length) parts.push('；未报送 ', v.missing);
  parts.push('。');
  return parts;
}
