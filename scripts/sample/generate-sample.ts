/**
 * Writes the illustrative monthly reports for 2004 and 2005 (data/reports/…).
 * Run once by hand: `node scripts/sample/generate-sample.ts`. Real data replaces these files one
 * by one; never re-run this over real figures. Deterministic: same output every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

interface Profile {
  /** Final 2005 cumulative as a share of the base target, per indicator. */
  contracted: number;
  actual: number;
  /** Curve: 'steady', 'slow-start' (weak Q1), 'fast-start' (开门红), 'late' (year-end push). */
  shape: 'steady' | 'slow-start' | 'fast-start' | 'late';
}

const TARGETS = {
  kaifaqu: [1000, 450],
  gangqu: [1000, 450],
  dazhong: [400, 200],
  yuhua: [450, 180],
  xinfeng: [400, 170],
  fangqiang: [350, 160],
  sanlong: [350, 160],
  nanyang: [450, 180],
  caomiao: [350, 160],
  wanying: [400, 170],
  daqiao: [350, 160],
  xiaohai: [450, 180],
  xituan: [400, 170],
  liuzhuang: [400, 170],
  baiju: [450, 180],
  caoyan: [350, 160],
  waijing: [300, 120],
  fagai: [200, 80],
  jingmao: [200, 80],
  nonglin: [150, 60],
  zhaoshang: [500, null],
} satisfies Record<string, [number, number | null]>;
type Unit = keyof typeof TARGETS;
const UNITS = Object.keys(TARGETS) as Unit[];

const PROFILES: Record<Unit, Profile> = {
  kaifaqu: { contracted: 1.56, actual: 1.12, shape: 'fast-start' }, // beats its 力争 1500
  gangqu: { contracted: 1.18, actual: 1.02, shape: 'late' }, // port opens mid-year
  dazhong: { contracted: 2.7, actual: 1.3, shape: 'steady' }, // beats its 力争 1000
  yuhua: { contracted: 1.08, actual: 1.04, shape: 'steady' },
  xinfeng: { contracted: 1.02, actual: 1.01, shape: 'slow-start' },
  fangqiang: { contracted: 1.0, actual: 1.0, shape: 'steady' },
  sanlong: { contracted: 0.93, actual: 0.88, shape: 'slow-start' }, // misses: 一票否决
  nanyang: { contracted: 1.15, actual: 1.1, shape: 'fast-start' },
  caomiao: { contracted: 0.82, actual: 0.79, shape: 'slow-start' }, // misses: 一票否决
  wanying: { contracted: 1.01, actual: 1.0, shape: 'late' },
  daqiao: { contracted: 1.05, actual: 1.03, shape: 'steady' },
  xiaohai: { contracted: 1.12, actual: 1.06, shape: 'steady' },
  xituan: { contracted: 1.0, actual: 1.0, shape: 'late' }, // 未报送 in May
  liuzhuang: { contracted: 1.04, actual: 1.02, shape: 'slow-start' },
  baiju: { contracted: 1.09, actual: 1.05, shape: 'fast-start' },
  caoyan: { contracted: 1.03, actual: 1.02, shape: 'steady' }, // ties with 方强镇 in Q1 (same targets, same path)
  waijing: { contracted: 1.2, actual: 1.1, shape: 'steady' },
  fagai: { contracted: 1.05, actual: 0.95, shape: 'late' }, // misses 实际
  jingmao: { contracted: 1.1, actual: 1.02, shape: 'slow-start' },
  nonglin: { contracted: 0.9, actual: 1.0, shape: 'steady' }, // misses 合同
  zhaoshang: { contracted: 1.3, actual: 0.6, shape: 'fast-start' }, // 实际 has no target: shown —
};

/** Share of the year's total reached by the end of month m (1..12): monotone, ends at 1. */
function curve(shape: Profile['shape'], m: number): number {
  const t = m / 12;
  switch (shape) {
    case 'steady':
      return t;
    case 'slow-start':
      return m <= 3 ? t * 0.45 : 0.1125 + (t - 0.25) * (0.8875 / 0.75);
    case 'fast-start':
      return Math.min(1, m <= 3 ? t * 1.6 : 0.4 + (t - 0.25) * 0.8);
    case 'late':
      return t * t * 0.6 + t * 0.4;
  }
}

/** Small deterministic wobble so the months do not look machine-made, keeping the curve monotone. */
function wobble(unit: string, m: number): number {
  let h = 2166136261;
  for (const c of `${unit}${m}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return 1 + (((h >>> 0) % 1000) / 1000) * 0.12 - 0.06;
}

function cumulative(unit: Unit, indicator: 0 | 1, share: number, shape: Profile['shape'], year: number): number[] {
  const target = TARGETS[unit][indicator] ?? 150; // no target, but the unit still reports what it brought in
  const yearScale = year === 2004 ? 0.72 : 1;
  // The tie: 草堰镇 follows 方强镇's path to the figure through March.
  const twin = (m: number) => (unit === 'caoyan' && m <= 3 ? 'fangqiang' : unit);
  const shareOf = (m: number) =>
    (unit === 'caoyan' && m <= 3 ? PROFILES.fangqiang : { contracted: share, actual: share })[
      indicator === 0 ? 'contracted' : 'actual'
    ];
  let last = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    const total = target * shareOf(m) * yearScale;
    const raw = m === 12 ? total : total * curve(shape, m) * wobble(twin(m) + year + indicator, m);
    last = Math.max(last, Math.round(raw));
    return last;
  });
}

const REMARKS: Record<string, Record<string, string>> = {
  '2005-03': { kaifaqu: '韩国项目签约 2 个，首季开门红', caomiao: '在谈项目未能按期签约', sanlong: '重点项目仍在洽谈' },
  '2005-05': { xituan: '截至通报日未报送数据' },
  '2005-06': { gangqu: '大丰港通航，港区项目集中签约', caomiao: '上半年未达双过半' },
  '2005-09': { dazhong: '已突破力争目标 1000 万美元', nonglin: '农业外资项目进度偏慢' },
  '2005-12': { kaifaqu: '超额完成力争目标', caomiao: '全年目标未完成', sanlong: '全年目标未完成' },
};

function reportYaml(year: number, m: number): string {
  const period = `${year}-${String(m).padStart(2, '0')}`;
  const published = m === 12 ? `${year + 1}-01-06` : `${year}-${String(m + 1).padStart(2, '0')}-05`;
  const lines = [
    `# ${year}年1—${m}月利用外资完成情况（1—N月累计，单位：万美元）`,
    '# 示意数据：数字为演示而编造，并非真实统计。',
    `period: ${period}`,
    'status: published',
    `publishedOn: ${published}`,
    'publisher: 市委督查室、市外经局',
    'illustrative: true',
    'units:',
  ];
  for (const unit of UNITS) {
    if (year === 2004 && unit === 'zhaoshang') continue; // set up in 2005
    const p = PROFILES[unit];
    lines.push(`  - unit: ${unit}`);
    if (year === 2005 && m === 5 && unit === 'xituan') {
      lines.push('    status: 未报送');
    } else {
      lines.push(`    contracted: ${cumulative(unit, 0, p.contracted, p.shape, year)[m - 1]}`);
      lines.push(`    actual: ${cumulative(unit, 1, p.actual, p.shape, year)[m - 1]}`);
    }
    const remark = year === 2005 ? REMARKS[period]?.[unit] : undefined;
    if (remark) lines.push(`    remark: ${remark}`);
  }
  return lines.join('\n') + '\n';
}

for (const year of [2004, 2005]) {
  mkdirSync(`data/reports/${year}`, { recursive: true });
  for (let m = 1; m <= 12; m++) {
    writeFileSync(`data/reports/${year}/${year}-${String(m).padStart(2, '0')}.yaml`, reportYaml(year, m));
  }
}
