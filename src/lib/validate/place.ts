/** A file at no known place in the data folder: say where files go, and what this one most likely is. */
import { DATA_KINDS, KIND_IDS } from '../data-kinds.ts';
import type { Issue } from './issues.ts';
import { say } from './lang.ts';

/** site.yaml, units.yaml, …, plans/YYYY.yaml or reports/YYYY/YYYY-MM.yaml */
function knownPlaces(): string {
  const places = KIND_IDS.map((id) => DATA_KINDS[id].place);
  return places.length === 1 ? places[0] : say(`${places.slice(0, -1).join('、')} 或 ${places.at(-1)}`, `${places.slice(0, -1).join(', ')} or ${places.at(-1)}`);
}

/** A hint for a near-miss name: the one change that puts the file at a known place. */
function placeHint(relative: string): string | undefined {
  for (const id of KIND_IDS) {
    const hint = DATA_KINDS[id].nearMiss?.(relative);
    if (hint) return hint;
  }
  if (/\.yml$/.test(relative)) return say(`扩展名用 .yaml：改名为 ${relative.replace(/\.yml$/, '.yaml')}`, `use the extension .yaml: ${relative.replace(/\.yml$/, '.yaml')}`);
  return undefined;
}

export function placeIssue(file: string, relative: string): Issue {
  return {
    severity: 'error', rule: 'file-place', file, line: 1, col: 1, field: '',
    expected: say(`放在规定位置的数据文件（${knownPlaces()}）`, `a data file at a known place (${knownPlaces()})`), got: say(`文件“${relative}”`, `the file ${JSON.stringify(relative)}`), suggestion: placeHint(relative),
  };
}
