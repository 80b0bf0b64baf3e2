/**
 * The comparison page's script: reads the choice from the address (?u=…~…&i=…&y=…), loads the year's
 * compare file (/data/compare-YYYY.json, same origin), redraws the table and the chart (line-chart.ts,
 * the charts' own chunk, loaded on demand) and keeps the address current with history.replaceState as
 * the reader changes the form. Without it the page shows its prerendered default comparison.
 */
import {
  chartDescription,
  chartOf,
  chosenSummary,
  defaultIds,
  MAX_UNITS,
  MIN_UNITS,
  parseQuery,
  queryString,
  resolveQuery,
  tableOf,
  type CompareData,
} from '../lib/present/compare.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const form = $<HTMLFormElement>('compare-form');
if (form) void start(form);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

async function start(form: HTMLFormElement) {
  const years = JSON.parse(form.dataset.years ?? '[]') as number[];
  const cache = new Map<number, Promise<CompareData>>();
  const load = (year: number) => {
    let data = cache.get(year);
    if (!data) {
      data = fetch(form.dataset.src!.replace('{year}', String(year))).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<CompareData>;
      });
      cache.set(year, data);
    }
    return data;
  };

  const query = parseQuery(location.search);
  const notes: string[] = [];
  const [newest] = years;
  if (newest === undefined) return; // no year to load: the prerendered comparison stays
  let year = newest;
  if (query.year !== undefined) {
    if (years.includes(query.year)) year = query.year;
    else notes.push(`没有 ${query.year} 年的数据，显示 ${year} 年。`);
  }
  let data: CompareData;
  try {
    data = await load(year);
  } catch {
    return; // the prerendered comparison stays
  }
  let ids = query.ids.length ? query.ids : defaultIds(data);
  let measure = query.measure;
  let chooserYear = Number(form.dataset.year);

  const render = (first: boolean) => {
    const resolved = resolveQuery(data, { ids, measure });
    ids = resolved.lines.map((l) => l.id);
    measure = resolved.measure.id;
    if (first && query.measure !== undefined && query.measure !== measure)
      notes.push(`没有“${query.measure}”这一项，显示${resolved.measure.label}。`);
    if (chooserYear !== data.year) {
      rebuildChooser(form, data);
      chooserYear = data.year;
    }
    syncForm(form, data, ids, measure, year);
    const note = $('compare-note')!;
    const unknown = resolved.unknown.length
      ? [`网址里的这些代码没有找到，已忽略：${resolved.unknown.join('、')}。`]
      : [];
    const dropped = resolved.dropped.length
      ? [`最多对比 ${MAX_UNITS} 个单位，已略去：${resolved.dropped.join('、')}。`]
      : [];
    const lines = [...(first ? notes : []), ...unknown, ...dropped];
    note.textContent = lines.join(' ');
    note.hidden = lines.length === 0;
    const units = resolved.lines.filter((l) => l.kind === 'unit').length;
    // Said aloud after each change; shown only when it asks for something (the caption names the lines).
    const status = $('compare-status')!;
    status.classList.toggle('visually-hidden', units >= MIN_UNITS);
    status.textContent =
      units < MIN_UNITS
        ? `请至少选 ${MIN_UNITS} 个单位（现在 ${units} 个）。`
        : `已显示 ${resolved.lines.length} 条线：${resolved.lines.map((l) => l.name).join('、')}。`;

    const caption = `${data.year}年逐月${resolved.measure.label}：${resolved.lines.map((l) => l.name).join('、') || '未选单位'}`;
    $('compare-caption')!.textContent = caption;
    $('compare-desc')!.textContent = chartDescription(resolved.measure, resolved.lines.length);
    $('compare-chosen')!.textContent = chosenSummary(resolved.lines);
    $('compare-table-title')!.textContent = caption;
    renderTable(data, resolved);
    const box = document.querySelector<HTMLElement>('[data-compare-chart]')!;
    box.dataset.chart = JSON.stringify(chartOf(data, resolved.lines, resolved.measure));
    box.querySelector('canvas')?.setAttribute('aria-label', `${caption}。数字见下表。`);
    drawWhenNear(box);
    if (!first || location.search)
      history.replaceState(null, '', queryString(ids, measure, year === years[0] ? undefined : year));
  };

  const onChange = async (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLInputElement && 'line' in target.dataset) {
      ids = target.checked
        ? [...ids.filter((id) => id !== target.value), target.value]
        : ids.filter((id) => id !== target.value);
    } else if (target.name === 'i') {
      measure = target.value;
    } else if (target.name === 'y') {
      year = Number(target.value);
      try {
        data = await load(year);
      } catch {
        $('compare-status')!.classList.remove('visually-hidden');
        $('compare-status')!.textContent = `${year} 年的数据没有载入，请稍后再试。`;
        return;
      }
    }
    render(false);
  };
  // onChange says itself when a year's data does not load, so nothing is left to wait for.
  form.addEventListener('change', (event) => void onChange(event));
  // Every change applies at once (the submit button shows only without JavaScript); Enter redraws the same.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(false);
  });
  render(true);
}

let seen = false;
let observer: IntersectionObserver | undefined;
/**
 * Draws the chart now if it has come near the viewport, else when it does (as chart-loader.ts does for
 * the other pages): on a phone the chooser fills the first screen, and chart.js need not load before.
 */
function drawWhenNear(box: HTMLElement) {
  const draw = () =>
    import('./line-chart.ts').then(
      (m) => m.drawChart(box),
      () => box.classList.add('chart-failed'),
    );
  if (seen || !('IntersectionObserver' in window)) return void draw();
  observer ??= new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen = true;
      observer!.disconnect();
      void draw();
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(box.parentElement ?? box);
}

/** Checkboxes and selects as the state says; unit boxes are disabled once six units are chosen. */
function syncForm(form: HTMLFormElement, data: CompareData, ids: string[], measure: string, year: number) {
  const kinds = new Map(data.lines.map((l) => [l.id, l.kind]));
  const units = ids.filter((id) => kinds.get(id) === 'unit').length;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-line]')) {
    box.checked = ids.includes(box.value);
    box.disabled = !box.checked && kinds.get(box.value) === 'unit' && units >= MAX_UNITS;
  }
  const select = form.querySelector<HTMLSelectElement>('select[name="i"]')!;
  if ([...select.options].map((o) => o.value).join() !== data.measures.map((m) => m.id).join()) {
    select.replaceChildren(
      ...data.measures.map((m) => element('option', `${m.label}${m.percent ? '' : `（${m.unit}）`}`, { value: m.id })),
    );
  }
  select.value = measure;
  form.querySelector<HTMLSelectElement>('select[name="y"]')!.value = String(year);
}

/** The unit checkboxes of another year (units come and go), as the page prerenders them. */
function rebuildChooser(form: HTMLFormElement, data: CompareData) {
  const fieldset = (legend: string, lines: CompareData['lines']) => {
    const set = element('fieldset', undefined, { class: 'compare-group' });
    const list = element('ul', undefined, { class: 'check-list' });
    for (const l of lines) {
      const label = element('label');
      label.append(
        element('input', undefined, { type: 'checkbox', name: 'u', 'data-line': '', value: l.id }),
        element('span', l.name, { class: 'unit-name' }),
      );
      const item = element('li');
      item.append(label);
      list.append(item);
    }
    set.append(element('legend', legend), list);
    return set;
  };
  const groups = data.groups
    .map((g) =>
      fieldset(
        g.name,
        data.lines.filter((l) => l.kind === 'unit' && l.group === g.id),
      ),
    )
    .filter((set) => set.querySelector('li'));
  form.querySelector('#compare-units')!.replaceChildren(
    ...groups,
    fieldset(
      '参照线',
      data.lines.filter((l) => l.kind !== 'unit'),
    ),
  );
}

function renderTable(data: CompareData, resolved: ReturnType<typeof resolveQuery>) {
  const table = tableOf(data, resolved.lines, resolved.measure);
  const head = $('compare-head')!;
  head.replaceChildren(
    element('th', '单位', { scope: 'col', class: 'sticky' }),
    element('th', '组别', { scope: 'col' }),
    ...table.months.map((m) => element('th', m, { scope: 'col', class: 'num' })),
  );
  $('compare-rows')!.replaceChildren(
    ...table.rows.map((r) => {
      const tr = element('tr');
      const th = element('th', r.href ? undefined : r.name, { scope: 'row', class: 'sticky' });
      if (r.href) th.append(element('a', r.name, { href: r.href }));
      tr.append(th, element('td', r.note), ...r.cells.map((c) => element('td', c, { class: 'num' })));
      return tr;
    }),
  );
}
