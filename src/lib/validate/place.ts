/** A file at no known place in the data folder: say where files go, and what this one most likely is. */
import { DATA_KINDS, KIND_IDS } from '../data-kinds.ts';
import type { Issue } from './issues.ts';
import { listOf, t } from '../messages/index.ts';

/** site.yaml, units.yaml, …, plans/YYYY.yaml or reports/YYYY/YYYY-MM.yaml (or only the places given) */
function knownPlaces(places = KIND_IDS.map((id) => DATA_KINDS[id].place)): string {
  return places.length === 1
    ? places[0]
    : t('validate.place.places', { some: listOf(places.slice(0, -1)), last: String(places.at(-1)) });
}

/**
 * For a near-miss name: the one change that puts the file at a known place, and that place (so the
 * message names the one place meant, not every kind of file there is).
 */
function placeHint(relative: string): { hint: string; place?: string } | undefined {
  for (const id of KIND_IDS) {
    const hint = DATA_KINDS[id].nearMiss?.(relative);
    if (hint) return { hint, place: DATA_KINDS[id].place };
  }
  const yaml = relative.replace(/\.yml$/, '.yaml');
  if (yaml !== relative) {
    const id = KIND_IDS.find((k) => DATA_KINDS[k].pattern.test(yaml));
    return {
      hint: t('validate.place.extension', { yaml }),
      place: id && DATA_KINDS[id].place,
    };
  }
  return undefined;
}

export function placeIssue(file: string, relative: string): Issue {
  const near = placeHint(relative);
  const places = knownPlaces(near?.place ? [near.place] : undefined);
  return {
    severity: 'error',
    rule: 'file-place',
    file,
    line: 1,
    col: 1,
    field: '',
    expected: t('validate.place.expected', { places }),
    got: t('validate.place.got', { file: relative }),
    suggestion: near?.hint,
  };
}
