/**
 * The synthetic board the benchmarks use: YEARS years × UNITS units in three groups, a plan per year
 * with an assessments block (the checks of the shipped 2005 plan), and every month published.
 * Shared by `npm run bench` (read + validate + score) and `npm run bench:site` (the whole build).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchBoard {
  years: number;
  units: number;
  firstYear?: number;
}

const groups = ['zones', 'towns', 'departments'];

const assessments = [
  'assessments:',
  '  source: 基准测试',
  '  checks:',
  '    - { id: q1, name: 一季度考评, month: 3, threshold: pace, passLabel: 达到序时进度, failLabel: 未达序时进度, honour: 3, warn: 3, highlight: 首季开门红, consequences: { pass: 予以表彰。, fail: 全市通报。 } }',
  '    - { id: half, name: 双过半考核, month: 6, threshold: 0.5, passLabel: 实现双过半, failLabel: 未达双过半, consequences: { fail: 缓发工资。 } }',
  '    - { id: q3, name: 三季度考评, month: 9, threshold: pace, passLabel: 达到序时进度, failLabel: 未达序时进度, honour: 3, warn: 3 }',
  '    - { id: year, name: 年终考核, month: 12, threshold: 1, passLabel: 完成确保目标, failLabel: 一票否决, stretch: true, honour: 3, consequences: { pass: 予以表彰。, stretch: 予以重奖。, fail: 一票否决。 } }',
  '  warning:',
  '    behindMonths: 3',
];

/** Writes the board's data/ under `root`; returns the first and last year. */
export function writeBenchBoard(
  root: string,
  { years, units: unitCount, firstYear = 2011 }: BenchBoard,
): { firstYear: number; lastYear: number } {
  const data = join(root, 'data');
  mkdirSync(join(data, 'plans'), { recursive: true });
  writeFileSync(
    join(data, 'site.yaml'),
    'city: 基准市\ntitle: 基准\nsubject: 利用外资\npublisher: 基准\ndescription: 基准测试\nillustrative: true\n',
  );
  writeFileSync(
    join(data, 'indicators.yaml'),
    'indicators:\n  - { id: contracted, name: 合同利用外资, unit: 万美元 }\n  - { id: actual, name: 实际利用外资, unit: 万美元, warnAbove: contracted }\n',
  );
  const units = Array.from(
    { length: unitCount },
    (_, i) => `  - { id: unit-${i}, name: 单位${i}, group: ${groups[i % 3]}, activeFrom: ${firstYear} }`,
  );
  writeFileSync(
    join(data, 'units.yaml'),
    `groups:\n${groups.map((g) => `  - { id: ${g}, name: ${g}, countsTowardCity: ${g !== 'departments'} }`).join('\n')}\nunits:\n${units.join('\n')}\n`,
  );
  for (let y = firstYear; y < firstYear + years; y++)
    for (let m = 1; m <= 12; m++) writeBenchMonth(root, { units: unitCount, firstYear, year: y, month: m });
  return { firstYear, lastYear: firstYear + years - 1 };
}

/**
 * Writes one month's report (and its year's plan with the first month): `npm run bench:site` adds the
 * month after the board's last to measure a month's publish build.
 */
export function writeBenchMonth(
  root: string,
  {
    units: unitCount,
    firstYear = 2011,
    year: y,
    month: m,
  }: { units: number; firstYear?: number; year: number; month: number },
): void {
  const data = join(root, 'data');
  if (m === 1) {
    const rise = (y - firstYear) * 10; // targets change every year, as a real plan's do (a copied plan is warned about)
    const targets = Array.from(
      { length: unitCount },
      (_, i) =>
        `  - { unit: unit-${i}, contracted: { base: ${300 + (i % 7) * 50 + rise}, stretch: ${900 + rise} }, actual: ${120 + (i % 5) * 20 + rise} }`,
    );
    mkdirSync(join(data, 'plans'), { recursive: true });
    writeFileSync(
      join(data, 'plans', `${y}.yaml`),
      [
        `year: ${y}`,
        'source: 基准',
        'indicators: [contracted, actual]',
        `cityTargets: { contracted: ${90000 + rise * 100}, actual: ${40000 + rise * 100} }`,
        'ranking: { method: composite, weights: { contracted: 40, actual: 60 }, completionCap: 1.5, tieDecimals: 1, tieRule: 并列 }',
        'bands:',
        '  - { id: ahead, label: 超, symbol: ▲, minGap: 0, tone: good }',
        '  - { id: behind, label: 欠, symbol: ▼, tone: bad }',
        'targets:',
        ...targets,
        ...assessments,
        '',
      ].join('\n'),
    );
  }
  mkdirSync(join(data, 'reports', String(y)), { recursive: true });
  const period = `${y}-${String(m).padStart(2, '0')}`;
  const entries = Array.from({ length: unitCount }, (_, i) => {
    const c = Math.round(m * (20 + (i % 11) * 3));
    return `  - unit: unit-${i}\n    contracted: ${c}\n    actual: ${Math.round(c * 0.4)}${i % 50 === 0 ? '\n    remark: 重点项目推进中' : ''}`;
  });
  // Published on the 10th of the next month, as the shipped months are.
  const publishedOn = m === 12 ? `${y + 1}-01-10` : `${y}-${String(m + 1).padStart(2, '0')}-10`;
  writeFileSync(
    join(data, 'reports', String(y), `${period}.yaml`),
    `period: ${period}\nstatus: published\npublishedOn: ${publishedOn}\npublisher: 督查室\nunits:\n${entries.join('\n')}\n`,
  );
}
