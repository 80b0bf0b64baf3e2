/** The unit registry and indicator list: ids unique, groups known, active years in order. */
import type { Issue } from '../issues.ts';
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
    for (const i of duplicates(groups)) issues.push(issueAt(unitsSource, ['groups', i, 'id'], 'a group id used once', `"${groups[i].id}" again`));
    for (const i of duplicates(units)) issues.push(issueAt(unitsSource, ['units', i, 'id'], 'a unit id used once', `"${units[i].id}" again`, { suggestion: 'give each unit its own id; a renamed unit keeps its old id' }));
    const groupIds = groups.map((g) => g.id);
    units.forEach((unit, i) => {
      if (!groupIds.includes(unit.group)) {
        issues.push(issueAt(unitsSource, ['units', i, 'group'], `one of the groups ${groupIds.join(', ')}`, `"${unit.group}"`, { suggestion: didYouMean(unit.group, groupIds) }));
      }
      (unit.mergedFrom ?? []).forEach((id, k) => {
        const before = units.find((u) => u.id === id);
        const at = ['units', i, 'mergedFrom', k];
        if (!before) issues.push(issueAt(unitsSource, at, 'a unit id from this file', `"${id}"`, { suggestion: didYouMean(id, units.map((u) => u.id)) }));
        else if (before.activeUntil === undefined || before.activeUntil >= unit.activeFrom) {
          issues.push(issueAt(unitsSource, at, `a unit that ended before ${unit.activeFrom} (activeUntil ≤ ${unit.activeFrom - 1})`, `"${id}" (${before.activeUntil === undefined ? 'still active' : `active until ${before.activeUntil}`})`, { suggestion: `set activeUntil: ${unit.activeFrom - 1} on "${id}"` }));
        }
      });
      if (unit.activeUntil !== undefined && unit.activeUntil < unit.activeFrom) {
        issues.push(issueAt(unitsSource, ['units', i, 'activeUntil'], `a year ≥ activeFrom (${unit.activeFrom})`, String(unit.activeUntil)));
      }
    });
  }
  if (indicatorsSource) {
    for (const i of duplicates(indicators)) issues.push(issueAt(indicatorsSource, ['indicators', i, 'id'], 'an indicator id used once', `"${indicators[i].id}" again`));
    const ids = indicators.map((ind) => ind.id);
    indicators.forEach((indicator, i) => {
      if (indicator.warnAbove !== undefined && !ids.includes(indicator.warnAbove)) {
        issues.push(issueAt(indicatorsSource, ['indicators', i, 'warnAbove'], `one of the indicators ${ids.join(', ')}`, `"${indicator.warnAbove}"`, { suggestion: didYouMean(indicator.warnAbove, ids) }));
      }
    });
  }
  return issues;
}

export const registryRule: Rule = {
  name: 'registry',
  description: 'unit, group and indicator ids are unique; units name known groups; active years and mergers are in order',
  needs: [],
  check,
};
