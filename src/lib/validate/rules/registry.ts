/** The unit registry and indicator list: ids unique, groups known, active years in order. */
import { endPeriod, startPeriod } from '../../schema/units.ts';
import { previousPeriod } from '../../schema/period.ts';
import type { Issue } from '../../read/issue.ts';
import type { SourceFile } from '../../read/read-yaml.ts';
import { issueAt, type Rule, type RuleContext } from '../rule.ts';
import { didYouMean } from '../suggest.ts';
import { usedTwice } from '../used-twice.ts';
import { listOf, quoted, t } from '../../messages/index.ts';

/** An issue at each entry of `list` whose id an earlier entry already had, saying `expected` (and what to do). */
const idsUsedTwice = (
  source: SourceFile,
  list: string,
  items: Array<{ id: string }>,
  expected: string,
  options: { suggestion?: string } = {},
): Issue[] =>
  [...usedTwice(items, (item) => item.id).keys()].map((i) =>
    issueAt(source, [list, i, 'id'], expected, t('common.usedAgain', { value: items[i]!.id }), options),
  );

function check({ files, groups, units, indicators }: RuleContext): Issue[] {
  const unitsSource = files.units[0]?.source;
  const indicatorsSource = files.indicators[0]?.source;
  const issues: Issue[] = [];
  if (unitsSource) {
    issues.push(
      ...idsUsedTwice(unitsSource, 'groups', groups, t('rules.registry.groupTwice'), {
        suggestion: t('rules.registry.groupTwice.suggestion'),
      }),
      ...idsUsedTwice(unitsSource, 'units', units, t('rules.registry.unitTwice'), {
        suggestion: t('rules.registry.unitTwice.suggestion'),
      }),
    );
    const groupIds = groups.map((g) => g.id);
    units.forEach((unit, i) => {
      if (!groupIds.includes(unit.group)) {
        issues.push(
          issueAt(
            unitsSource,
            ['units', i, 'group'],
            t('rules.registry.group', { groups: listOf(groupIds) }),
            quoted(unit.group),
            {
              suggestion: didYouMean(unit.group, groupIds),
            },
          ),
        );
      }
      (unit.mergedFrom ?? []).forEach((id, k) => {
        const before = units.find((u) => u.id === id);
        const at = ['units', i, 'mergedFrom', k];
        if (!before)
          issues.push(
            issueAt(unitsSource, at, t('rules.registry.mergedFrom'), quoted(id), {
              suggestion: didYouMean(
                id,
                units.map((u) => u.id),
              ),
            }),
          );
        else if (before.activeUntil === undefined || endPeriod(before)! >= startPeriod(unit)) {
          const byMonth = typeof unit.activeFrom === 'string';
          const lastBefore =
            typeof unit.activeFrom === 'number' ? unit.activeFrom - 1 : previousPeriod(unit.activeFrom);
          const vars = { id, from: unit.activeFrom, until: lastBefore };
          issues.push(
            issueAt(
              unitsSource,
              at,
              t(byMonth ? 'clerk.mergedActiveMonth' : 'rules.registry.mergedActive', vars),
              before.activeUntil === undefined
                ? t('rules.registry.mergedActive.gotActive', vars)
                : t('rules.registry.mergedActive.gotUntil', { ...vars, ended: before.activeUntil }),
              { suggestion: t('rules.registry.mergedActive.suggestion', vars) },
            ),
          );
        }
      });
      if (unit.activeUntil !== undefined && endPeriod(unit)! < startPeriod(unit)) {
        issues.push(
          issueAt(
            unitsSource,
            ['units', i, 'activeUntil'],
            t('rules.registry.activeUntil', { from: unit.activeFrom }),
            String(unit.activeUntil),
            { suggestion: t('rules.registry.activeUntil.suggestion') },
          ),
        );
      }
    });
  }
  if (indicatorsSource) {
    issues.push(...idsUsedTwice(indicatorsSource, 'indicators', indicators, t('rules.registry.indicatorTwice')));
    const ids = indicators.map((ind) => ind.id);
    indicators.forEach((indicator, i) => {
      if (indicator.warnAbove !== undefined && !ids.includes(indicator.warnAbove)) {
        issues.push(
          issueAt(
            indicatorsSource,
            ['indicators', i, 'warnAbove'],
            t('rules.registry.warnAbove', { indicators: listOf(ids) }),
            quoted(indicator.warnAbove),
            { suggestion: didYouMean(indicator.warnAbove, ids) },
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
