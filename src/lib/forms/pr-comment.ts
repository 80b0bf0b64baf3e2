/**
 * `npm run summary`: the latest month in Chinese Markdown, for a pull-request comment — who did not
 * report, who moved, new leaders and laggards, warnings on implausible figures, units newly behind
 * pace, units unchanged since last month, and the revisions this change adds.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { unitNameOf } from '../schema/units.ts';
import { formatPercent, formatPeriod, formatPp, movementText } from '../present/format.ts';
import { leadersAndLaggards, missingUnits, movers } from '../present/queries.ts';
import type { Revision } from '../schema/revisions.ts';
import type { Board, PeriodResult, UnitResult } from '../score/board.ts';
import { formatIssue } from '../validate/issues.ts';
import type { Issue } from '../read/issue.ts';

const bullet = (items: string[], none: string) => (items.length > 0 ? items.map((i) => `- ${i}`) : [`- ${none}`]);

function changes(period: PeriodResult, previous: PeriodResult | undefined) {
  const newLeaders: string[] = [];
  const newLaggards: string[] = [];
  const newlyBehind: UnitResult[] = [];
  for (const group of period.groups) {
    const before = previous?.groups.find((g) => g.group.id === group.group.id);
    const now = leadersAndLaggards(group, 1);
    const then = before ? leadersAndLaggards(before, 1) : undefined;
    if (now.leaders[0] && then?.leaders[0]?.unit !== now.leaders[0].unit)
      newLeaders.push(
        `${group.group.name}：${now.leaders[0].name}${then?.leaders[0] ? `（上月为${then.leaders[0].name}）` : ''}`,
      );
    if (now.laggards[0] && then?.laggards[0]?.unit !== now.laggards[0].unit)
      newLaggards.push(
        `${group.group.name}：${now.laggards[0].name}${then?.laggards[0] ? `（上月为${then.laggards[0].name}）` : ''}`,
      );
    for (const row of group.units) {
      const last = before?.units.find((u) => u.unit === row.unit);
      if (
        row.scoreGap !== null &&
        row.scoreGap < 0 &&
        last?.scoreGap !== null &&
        last?.scoreGap !== undefined &&
        last.scoreGap >= 0
      )
        newlyBehind.push(row);
    }
  }
  const unchanged =
    period.month === 1
      ? []
      : period.groups.flatMap((g) =>
          g.units.filter((u) => u.state !== 'missing' && u.indicators.every((r) => r.monthIncrease === 0)),
        );
  return { newLeaders, newLaggards, newlyBehind, unchanged };
}

export function prCommentMarkdown(
  board: Board,
  options: { warnings: Issue[]; newRevisions: Revision[] | undefined },
): string {
  const period = board.periods.at(-1);
  if (!period) return '## 排行榜检查\n\n还没有可以排名的月份。\n';
  const previous = board.periods.at(-2);
  const { model } = board;
  const lastMonth = previous?.year === period.year ? previous : undefined;
  const { newLeaders, newLaggards, newlyBehind, unchanged } = changes(period, lastMonth);
  /** January has no last month in the same year to compare with. */
  const compared = (items: string[], none: string) => (lastMonth ? bullet(items, none) : ['- 本年第一期，无上月可比']);
  const moved = movers(period, 5);
  const draft = period.report.status === 'draft' ? '（草稿·未发布）' : '';
  const revisions = options.newRevisions;
  const lines = [
    `## ${formatPeriod(period.period)}${model.site.subject}排行榜${draft}`,
    '',
    `检查通过。数据期 ${formatPeriod(period.period)}，序时进度 ${formatPercent(period.pace)}。`,
    '',
    '### 未报送',
    ...bullet(
      missingUnits(period).map((u) => u.name),
      '无',
    ),
    '',
    '### 位次变化较大',
    ...bullet(
      [...moved.up, ...moved.down].map(
        (u) => `${u.name}：第 ${u.previousRank} 位 → 第 ${u.rank} 位（${movementText(u.movement)}）`,
      ),
      '无（或本年第一个月）',
    ),
    '',
    '### 新的第一名',
    ...compared(newLeaders, '各组第一名未变'),
    '',
    '### 新的末位',
    ...compared(newLaggards, '各组末位未变'),
    '',
    '### 本月新落后于序时进度',
    ...compared(
      newlyBehind.map((u) => `${u.name}：${formatPp(u.scoreGap)} 个百分点`),
      '无',
    ),
    '',
    '### 与上月完全相同',
    ...bullet(
      unchanged.map((u) => u.name),
      '无',
    ),
    '',
    '### 需要核对的数字（提醒）',
    ...bullet(
      options.warnings.map((w) => `\`${formatIssue(w)}\``),
      '无',
    ),
    '',
    '### 本次更正',
    ...(revisions === undefined
      ? ['- （无法与主分支比较，未列出）']
      : bullet(
          revisions.map(
            (r) =>
              `${formatPeriod(r.period)} ${unitNameOf(model, r.unit)} ${indicatorOf(model, r.indicator).name}：${r.old} → ${r.new}（${r.kind}：${r.reason}）`,
          ),
          '无',
        )),
    '',
  ];
  return lines.join('\n');
}

/** Revisions on file now that the base branch did not have (compared by content). */
/**
 * Without a base branch: the revisions not yet published, i.e. decided after the last month already
 * on record (data/published.yaml) before the month this summary is about. The month itself may be
 * on record already (record-published comes before the pull request); an earlier one went out.
 */
export function revisionsSinceLastPublished(
  model: Pick<Model, 'reports' | 'revisions' | 'publishedMonths'>,
  latest: string,
): Revision[] {
  const recorded = new Set(model.publishedMonths);
  const dates = model.reports.filter((r) => recorded.has(r.period) && r.period < latest).map((r) => r.publishedOn);
  const last = dates.sort().at(-1);
  return last === undefined ? model.revisions : model.revisions.filter((r) => r.date > last);
}

export function addedRevisions(now: Revision[], base: Array<Omit<Revision, 'file'>>): Revision[] {
  const key = (r: Omit<Revision, 'file'>) => [r.date, r.period, r.unit, r.indicator, r.old, r.new].join('|');
  const before = new Set(base.map(key));
  return now.filter((r) => !before.has(key(r)));
}
