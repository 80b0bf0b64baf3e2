/** What the rules of every ledger kind share: the file's year, an unknown unit, the nearest id. */
import type { Issue } from '../../read/issue.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { issueAt, type RuleContext } from '../../validate/rule.ts';
import { nearest } from '../../validate/suggest.ts';
import { t } from '../../messages/index.ts';

/** 是不是 "gangqu"？ — the nearest of the candidates, if one is close. */
export function closest(word: string, candidates: string[]): string | undefined {
  const match = nearest(word, candidates);
  return match === undefined ? undefined : t('ledger.closest', { id: match });
}

/** For an unknown unit in any ledger file: the id whose name was written, else the nearest id. */
export function unitIssue(
  source: Parsed<unknown>['source'],
  path: Array<string | number>,
  written: string,
  units: RuleContext['units'],
): Issue {
  const byName = units.find((u) => u.name === written || u.shortName === written);
  return issueAt(source, path, t('rules.assessments.unit'), t('ledger.id', { id: written }), {
    suggestion: byName
      ? t('ledger.unit.byName', { id: byName.id, name: byName.name })
      : (closest(
          written,
          units.map((u) => u.id),
        ) ?? t('ledger.unit.register')),
  });
}

/** A file of a year kind (projects/2005.yaml …) must say the year its name says. */
export function yearIssue(source: Parsed<unknown>['source'], year: number): Issue | undefined {
  const named = /\/(\d{4})\.yaml$/.exec(source.file)?.[1];
  if (named === undefined || Number(named) === year) return undefined;
  return issueAt(source, ['year'], t('ledger.year', { named }), String(year), {
    suggestion: t('ledger.year.suggestion', { named, year }),
  });
}
