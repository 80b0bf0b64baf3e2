/** A file at no known location in the data folder: say where files go, and what this one most likely is. */
import { DATA_KINDS, KIND_IDS } from '../schema/kinds.ts';
import type { Issue } from '../read/issue.ts';
import { listOf, t } from '../messages/index.ts';

/** site.yaml, units.yaml, …, plans/YYYY.yaml or reports/YYYY/YYYY-MM.yaml (or only the locations given) */
function knownLocations(places = KIND_IDS.map((id) => DATA_KINDS[id].location)): string {
  return places.length === 1
    ? places[0]!
    : t('validate.place.places', { some: listOf(places.slice(0, -1)), last: String(places.at(-1)) });
}

/**
 * For a near-miss name: the one change that puts the file at a known location, and that location (so the
 * message names the one location meant, not every kind of file there is).
 */
function locationHint(relative: string): { hint: string; location?: string } | undefined {
  for (const id of KIND_IDS) {
    const hint = DATA_KINDS[id].nearMiss?.(relative);
    if (hint) return { hint, location: DATA_KINDS[id].location };
  }
  const yaml = relative.replace(/\.yml$/, '.yaml');
  if (yaml !== relative) {
    const id = KIND_IDS.find((k) => DATA_KINDS[k].pattern.test(yaml));
    return {
      hint: t('validate.place.extension', { yaml }),
      location: id && DATA_KINDS[id].location,
    };
  }
  return undefined;
}

export function locationIssue(file: string, relative: string): Issue {
  const near = locationHint(relative);
  const places = knownLocations(near?.location ? [near.location] : undefined);
  return {
    severity: 'error',
    rule: 'file-location',
    file,
    line: 1,
    col: 1,
    field: '',
    expected: t('validate.place.expected', { places }),
    got: t('validate.place.got', { file: relative }),
    suggestion: near?.hint,
  };
}
