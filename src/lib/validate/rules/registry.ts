/** The unit registry and indicator list: ids unique, groups known, active years in order. */
import { endPeriod, startPeriod, type Unit } from '../../schema/units.ts';
import { previousPeriod } from '../../schema/period.ts';
import type { Issue } from '../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

function duplicates<T extends { id: string }>(items: T[]): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => (seen.has(item.id) ? [index] : (seen.add(item.id), [])));
}

function check({ files, groups, units, indicators }: RuleContext): Issue[] {
  const unitsSource = files.units[0]?.source;
  const indicatorsSource = files.indicators[0]?.source;
  const issues: Issue[] = [];
  if (unitsSource) {
    for (const i of duplicates(groups))
      issues.push(
        issueAt(unitsSource, ['groups', i, 'id'], '每个分组代码只用一次', `“${groups[i].id}”又用了一次`, {
          suggestion: '给这个分组换一个代码',
          en: { expected: 'a group id used once', got: `"${groups[i].id}" again` },
        }),
      );
    for (const i of duplicates(units))
      issues.push(
        issueAt(unitsSource, ['units', i, 'id'], '每个单位代码只用一次', `“${units[i].id}”又用了一次`, {
          suggestion: '每个单位用自己的代码；单位更名时保留原代码，只改 name',
          en: {
            expected: 'a unit id used once',
            got: `"${units[i].id}" again`,
            suggestion: 'give each unit its own id; a renamed unit keeps its old id',
          },
        }),
      );
    const groupIds = groups.map((g) => g.id);
    units.forEach((unit, i) => {
      if (!groupIds.includes(unit.group)) {
        issues.push(
          issueAt(unitsSource, ['units', i, 'group'], `这些分组之一：${groupIds.join('、')}`, `“${unit.group}”`, {
            suggestion: didYouMean(unit.group, groupIds),
            en: {
              expected: `one of the groups ${groupIds.join(', ')}`,
              got: `"${unit.group}"`,
              suggestion: didYouMean(unit.group, groupIds),
            },
          }),
        );
      }
      (unit.mergedFrom ?? []).forEach((id, k) => {
        const before = units.find((u) => u.id === id);
        const at = ['units', i, 'mergedFrom', k];
        if (!before)
          issues.push(
            issueAt(unitsSource, at, '本文件里已有的单位代码', `“${id}”`, {
              suggestion: didYouMean(
                id,
                units.map((u) => u.id),
              ),
              en: {
                expected: 'a unit id from this file',
                got: `"${id}"`,
                suggestion: didYouMean(
                  id,
                  units.map((u) => u.id),
                ),
              },
            }),
          );
        else if (before.activeUntil === undefined || endPeriod(before)! >= startPeriod(unit)) {
          const since = typeof unit.activeFrom === 'number' ? `${unit.activeFrom} 年` : unit.activeFrom;
          const until = (u: Unit) => (typeof u.activeUntil === 'number' ? `${u.activeUntil} 年` : u.activeUntil);
          const lastBefore =
            typeof unit.activeFrom === 'number' ? unit.activeFrom - 1 : previousPeriod(unit.activeFrom);
          issues.push(
            issueAt(
              unitsSource,
              at,
              `${since}以前已经撤销的单位（activeUntil ≤ ${lastBefore}）`,
              `“${id}”（${before.activeUntil === undefined ? '仍在考核' : `考核到 ${until(before)}`}）`,
              {
                suggestion: `给“${id}”写上 activeUntil: ${lastBefore}`,
                en: {
                  expected: `a unit that ended before ${unit.activeFrom} (activeUntil ≤ ${lastBefore})`,
                  got: `"${id}" (${before.activeUntil === undefined ? 'still active' : `active until ${before.activeUntil}`})`,
                  suggestion: `set activeUntil: ${lastBefore} on "${id}"`,
                },
              },
            ),
          );
        }
      });
      if (unit.activeUntil !== undefined && endPeriod(unit)! < startPeriod(unit)) {
        issues.push(
          issueAt(
            unitsSource,
            ['units', i, 'activeUntil'],
            `不早于 activeFrom（${unit.activeFrom}）的年份`,
            String(unit.activeUntil),
            {
              suggestion: '核对起止年份',
              en: { expected: `a year ≥ activeFrom (${unit.activeFrom})`, got: String(unit.activeUntil) },
            },
          ),
        );
      }
    });
  }
  if (indicatorsSource) {
    for (const i of duplicates(indicators))
      issues.push(
        issueAt(indicatorsSource, ['indicators', i, 'id'], '每个指标代码只用一次', `“${indicators[i].id}”又用了一次`, {
          en: { expected: 'an indicator id used once', got: `"${indicators[i].id}" again` },
        }),
      );
    const ids = indicators.map((ind) => ind.id);
    indicators.forEach((indicator, i) => {
      if (indicator.warnAbove !== undefined && !ids.includes(indicator.warnAbove)) {
        issues.push(
          issueAt(
            indicatorsSource,
            ['indicators', i, 'warnAbove'],
            `这些指标之一：${ids.join('、')}`,
            `“${indicator.warnAbove}”`,
            {
              suggestion: didYouMean(indicator.warnAbove, ids),
              en: {
                expected: `one of the indicators ${ids.join(', ')}`,
                got: `"${indicator.warnAbove}"`,
                suggestion: didYouMean(indicator.warnAbove, ids),
              },
            },
          ),
        );
      }
    });
  }
  return issues;
}

export const registryRule: Rule = {
  name: 'registry',
  description:
    'unit, group and indicator ids are unique; units name known groups; active years and mergers are in order',
  needs: [],
  check,
};
