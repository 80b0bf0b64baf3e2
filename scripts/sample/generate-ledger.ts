/**
 * Writes the illustrative 2005 ledger files: data/projects/2005.yaml (10 key + 36 tracked
 * projects), data/events/2005.yaml (the events the speech names), data/cooperation/2005.yaml
 * (接轨上海) and data/service/2005.yaml (four quarters). Run by hand after the monthly reports:
 * `node scripts/sample/generate-ledger.ts`. Deterministic. Funds in place are scaled per unit so
 * that a unit's projects never hold more than 85% of the unit's own 实际利用外资 for any month.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const YEAR = 2005;
const MONTHS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
const STAGES = ['洽谈', '签约', '开工', '投产'];
const NOTICE = '# 示意数据：项目、人名、企业与数字均为演示而编造，并非真实台账。';

/** A deterministic pseudo-random number in [0, 1) from a key. */
function hash(key: string): number {
  let h = 2166136261;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10000) / 10000;
}
/** The nth item of a list, counting round from the start again past its end. */
function nth<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('nth: an empty list');
  return item;
}
const pick = <T>(key: string, list: readonly T[]) => nth(list, Math.floor(hash(key) * list.length));

/** Each unit's 实际利用外资 (1—N月累计) per month, from the reports on file. */
const actual = new Map<string, number[]>();
for (const [m, period] of MONTHS.entries()) {
  const report = parse(readFileSync(`data/reports/${YEAR}/${period}.yaml`, 'utf8')) as {
    units: Array<{ unit: string; actual?: number }>;
  };
  for (const entry of report.units) {
    const row = actual.get(entry.unit) ?? Array<number>(12).fill(0);
    // A month not reported (未报送) counts as the month before, so no project outruns it.
    row[m] = entry.actual ?? row[m - 1] ?? 0; // row[-1] is undefined: January starts at 0
    actual.set(entry.unit, row);
  }
}

const UNITS = [
  'kaifaqu',
  'gangqu',
  'dazhong',
  'yuhua',
  'xinfeng',
  'fangqiang',
  'sanlong',
  'nanyang',
  'caomiao',
  'wanying',
  'daqiao',
  'xiaohai',
  'xituan',
  'liuzhuang',
  'baiju',
  'caoyan',
];
const KEY_UNITS = [
  'kaifaqu',
  'kaifaqu',
  'kaifaqu',
  'gangqu',
  'gangqu',
  'gangqu',
  'dazhong',
  'dazhong',
  'nanyang',
  'xiaohai',
];
const KEY_NAMES = [
  '风电设备制造',
  '汽车零部件',
  '精密铸造',
  '港口散货码头',
  '临港化工新材料',
  '粮油加工',
  '纺织印染',
  '高档面料',
  '生物饲料',
  '海洋食品加工',
];
const TRACKED_NAMES = [
  '服装加工',
  '针织',
  '电子元件',
  '五金制品',
  '木业',
  '包装材料',
  '饲料',
  '水产养殖',
  '蔬菜加工',
  '仓储物流',
  '塑料制品',
  '机械配件',
  '制鞋',
  '工艺品',
  '家纺',
  '电线电缆',
  '食品',
  '化纤',
  '玩具',
  '建材',
  '轴承',
  '阀门',
  '农机',
  '棉纺',
  '毛纺',
  '电机',
  '模具',
  '油脂',
  '造纸',
  '医药中间体',
  '不锈钢制品',
  '光学元件',
  '汽配',
  '箱包',
  '印刷',
  '紧固件',
];
const COUNTRIES = ['香港', '台湾', '韩国', '日本', '新加坡', '美国', '德国', '英属维尔京群岛'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '朱',
  '马',
  '胡',
  '郭',
  '林',
  '何',
];
const GIVEN = [
  '建国',
  '卫东',
  '志强',
  '红梅',
  '海波',
  '丽华',
  '明',
  '军',
  '勇',
  '静',
  '晓东',
  '春生',
  '国平',
  '秀英',
  '跃进',
  '立新',
];
const LEADERS = ['市委书记', '市长', '常务副市长', '分管副市长', '市人大常委会主任', '市政协主席'];
const SOLVERS = ['市国土资源局', '市规划局', '市供电公司', '市环保局', '市外经局', '所在镇政府'];
const PROBLEMS = ['用地指标未落实', '环评批复未下达', '外方资金到位延迟', '供电线路未接通', '厂房建设进度偏慢'];

interface Draft {
  id: string;
  name: string;
  tier: 'key' | 'tracked';
  unit: string;
  agreed: number;
  planned: number;
  /** Months (0-based) at which it reaches 签约, 开工, 投产 (13 = not this year). */
  steps: [number, number, number];
}

const drafts: Draft[] = [
  ...KEY_NAMES.map((name, i): Draft => {
    const agreed = 500 + Math.round(hash(`agreed-k${i}`) * 12) * 100;
    const sign = Math.floor(hash(`sign-k${i}`) * 4);
    return {
      id: `k${String(i + 1).padStart(2, '0')}`,
      name: `${name}项目`,
      tier: 'key',
      unit: nth(KEY_UNITS, i),
      agreed,
      planned: Math.round(agreed * 0.5),
      steps: [sign, sign + 2 + Math.floor(hash(`start-k${i}`) * 3), i % 3 === 0 ? 9 + (i % 2) : 13],
    };
  }),
  ...TRACKED_NAMES.map((name, i): Draft => {
    const agreed = 60 + Math.round(hash(`agreed-t${i}`) * 10) * 10;
    const sign = 1 + Math.floor(hash(`sign-t${i}`) * 7);
    const start = hash(`start-t${i}`) < 0.7 ? sign + 2 + Math.floor(hash(`gap-t${i}`) * 3) : 13;
    return {
      id: `t${String(i + 1).padStart(2, '0')}`,
      name: `${name}项目`,
      tier: 'tracked',
      unit: nth(UNITS, i * 7 + 3),
      agreed,
      planned: Math.round(agreed * 0.4),
      steps: [sign, start, 13],
    };
  }),
];

const stageAt = (d: Draft, m: number): 0 | 1 | 2 | 3 =>
  m >= d.steps[2] ? 3 : m >= d.steps[1] ? 2 : m >= d.steps[0] ? 1 : 0;
/** Funds wanted in place by month m (before the unit's scale): from signing, rising toward the year's plan. */
const wanted = (d: Draft, m: number) =>
  m < d.steps[0]
    ? 0
    : d.planned *
      (0.45 + 0.55 * hash(`pace-${d.id}`)) *
      Math.min(1, (m - d.steps[0] + 1) / (12 - d.steps[0])) *
      (stageAt(d, m) >= 2 ? 1 : 0.4);

/** Per unit, one factor for the whole year: monotone figures stay monotone and never pass 85% of the unit's 实际. */
const scale = new Map<string, number>();
for (const unit of new Set(drafts.map((d) => d.unit))) {
  const mine = drafts.filter((d) => d.unit === unit);
  const factors = MONTHS.map((_, m) => {
    const sum = mine.reduce((t, d) => t + wanted(d, m), 0);
    return sum === 0 ? 1 : (nth(actual.get(unit) ?? [], m) * 0.85) / sum;
  });
  scale.set(unit, Math.min(1, ...factors));
}

/** One project's stage went back for a month, 开工 → 签约, the month after it started work, with the reason. */
const SETBACK = {
  id: 'k05',
  month: Math.min(10, drafts.find((d) => d.id === 'k05')!.steps[1] + 1),
  remark: '外方调整投资方案，停工重新签订补充协议',
};

function projectYaml(d: Draft, i: number): string[] {
  const person = `${pick(`s${i}`, SURNAMES)}${pick(`g${i}`, GIVEN)}`;
  const lines = [
    `  - id: ${d.id}`,
    `    name: ${d.name}`,
    `    tier: ${d.tier}`,
    `    unit: ${d.unit}`,
    `    leader: ${d.tier === 'key' ? LEADERS[i % LEADERS.length] : `${pick(`u${i}`, SURNAMES)}${d.unit === 'kaifaqu' || d.unit === 'gangqu' ? '主任' : '镇长'}`}`,
    `    person: ${person}`,
    `    investor: ${pick(`c${i}`, COUNTRIES)}某${d.name.replace(/项目$/, '')}有限公司（示意）`,
    `    country: ${pick(`c${i}`, COUNTRIES)}`,
    `    agreed: ${d.agreed}`,
    `    planned: ${d.planned}`,
    '    months:',
  ];
  let last = 0;
  for (const [m, month] of MONTHS.entries()) {
    last = Math.max(last, Math.floor(wanted(d, m) * scale.get(d.unit)!));
    let stage = stageAt(d, m);
    const fields = [`month: ${month}`, `inPlace: ${last}`];
    const setback = d.id === SETBACK.id && m === SETBACK.month;
    if (setback && stage >= 2) stage = 1;
    fields.push(`stage: ${STAGES[stage]}`);
    const troubled = hash(`trouble-${d.id}-${m}`) < 0.08 && stage >= 1;
    fields.push(`onPlan: ${!troubled && !setback}`);
    if (troubled)
      fields.push(`problem: ${pick(`p-${d.id}-${m}`, PROBLEMS)}`, `solver: ${pick(`v-${d.id}-${m}`, SOLVERS)}`);
    if (setback) fields.push(`remark: ${SETBACK.remark}`);
    lines.push(`      - { ${fields.join(', ')} }`);
  }
  return lines;
}

function write(file: string, lines: string[]) {
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  writeFileSync(file, lines.join('\n') + '\n');
}

write(`data/projects/${YEAR}.yaml`, [
  `# ${YEAR}年重点利用外资项目台账。金额单位：万美元；到位资金为当年1—N月累计。`,
  NOTICE,
  `year: ${YEAR}`,
  'illustrative: true',
  'source: 2005 年 1 月 21 日讲话：十大重点利用外资项目和 36 个重点跟踪外资项目，协议利用外资总额 1.5 亿美元',
  'unit: 万美元',
  'agreedLabel: 协议外资',
  '# 讲话中的 1.5 亿美元 = 15000 万美元',
  'agreedTarget: 15000',
  '# 各单位项目到位资金合计不应超过该单位当月实际利用外资（超过时提示核对）',
  'comparesWith: actual',
  `stages: [${STAGES.join(', ')}]`,
  'tiers:',
  '  - { id: key, name: 十大重点利用外资项目 }',
  '  - { id: tracked, name: 重点跟踪外资项目 }',
  'projects:',
  ...drafts.flatMap(projectYaml),
]);

/** The events the speech names; each signs some of the ledger's projects (linked) and some intentions. */
const EVENTS = [
  { id: 'shanghai', name: '上海投资说明会', date: '2005-03-16', place: '上海', organiser: '市委、市政府' },
  { id: 'hongkong', name: '香港经贸洽谈会', date: '2005-04-12', place: '香港', organiser: '市外经局' },
  { id: 'taiwan', name: '台湾客商恳谈会', date: '2005-05-20', place: '台北', organiser: '市台办、市外经局' },
  { id: 'milu', name: '大丰港通航暨第五届麋鹿节', date: '2005-06-18', place: '大丰港', organiser: '市委、市政府' },
  { id: 'korea', name: '韩国投资推介会', date: '2005-08-25', place: '首尔', organiser: '市外经局、市招商局' },
  { id: 'europe', name: '欧美招商活动', date: '2005-10-15', place: '法兰克福、洛杉矶', organiser: '市招商局' },
];
const STEPS = ['意向', '协议', '开工', '到资'] as const;
const eventLines = [
  `# ${YEAR}年重大招商活动及签约项目跟踪。金额单位：万美元。`,
  NOTICE,
  `year: ${YEAR}`,
  'illustrative: true',
  'unit: 万美元',
  `steps: [${STEPS.join(', ')}]`,
  'events:',
];
for (const [e, event] of EVENTS.entries()) {
  eventLines.push(
    `  - id: ${event.id}`,
    `    name: ${event.name}`,
    `    date: ${event.date}`,
    `    place: ${event.place}`,
    `    organiser: ${event.organiser}`,
    '    signings:',
  );
  const month = Number(event.date.slice(5, 7)) - 1;
  // Ledger projects signed in the event's month are its signings, converted as far as the ledger says.
  const linked = drafts.filter((d) => d.steps[0] === month);
  for (const [j, d] of linked.slice(0, 6).entries()) {
    // 投产 → 到资, 开工 → 开工, 签约 → 协议.
    const step = ([1, 1, 2, 3] as const)[stageAt(d, 11)];
    eventLines.push(
      `      - { name: ${d.name}, unit: ${d.unit}, follower: ${pick(`f${e}${j}`, SURNAMES)}${pick(`h${e}${j}`, GIVEN)}, step: ${STEPS[step]}, amount: ${d.agreed}, project: ${d.id} }`,
    );
  }
  for (let j = 0; j < 2 + (e % 3); j++) {
    eventLines.push(
      `      - { name: ${pick(`n${e}${j}`, TRACKED_NAMES)}意向项目, unit: ${pick(`w${e}${j}`, UNITS)}, follower: ${pick(`q${e}${j}`, SURNAMES)}${pick(`r${e}${j}`, GIVEN)}, step: 意向 }`,
    );
  }
}
write(`data/events/${YEAR}.yaml`, eventLines);

/** 接轨上海: 56 projects of 1000 万元 or more signed through the year, ahead on money, behind on count. */
const coopLines = [
  `# ${YEAR}年接轨上海合作项目。金额单位：万元（人民币），与利用外资的万美元不相加、不比较。`,
  NOTICE,
  `year: ${YEAR}`,
  'illustrative: true',
  'title: 接轨上海',
  'source: 2005 年 1 月 21 日讲话：全年与上海合作千万元以上项目不少于 60 个，投资总额不低于 30 亿元',
  'unit: 万元',
  'minimum: 1000',
  '# 30 亿元 = 300000 万元',
  'targets: { count: 60, total: 300000 }',
  'projects:',
];
const SECTORS = ['纺织', '机电', '钢材加工', '物流', '食品', '电气配套', '化工', '服装', '建材', '农产品'];
for (let i = 0; i < 56; i++) {
  const month = Math.min(12, 2 + Math.floor((i / 56) * 11 + hash(`cm${i}`) * 1.5));
  const day = 1 + Math.floor(hash(`cd${i}`) * 27);
  const amount = 1000 + Math.round(hash(`ca${i}`) ** 2 * 190) * 100;
  const sector = pick(`cs${i}`, SECTORS);
  coopLines.push(
    `  - { name: ${sector}合作项目${i + 1}, unit: ${pick(`cu${i}`, UNITS)}, partner: 上海某${sector}企业（示意）, amount: ${amount}, signedOn: ${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} }`,
  );
}
write(`data/cooperation/${YEAR}.yaml`, coopLines);

const QUARTERS = [
  { date: '2005-03-28', points: ['外商反映用地审批环节多', '建议开通外资项目审批绿色通道'], c: [9, 3, 8, 1] },
  { date: '2005-06-24', points: ['港区配套道路建设进度', '用工招聘难'], c: [7, 2, 7, 0] },
  { date: '2005-09-27', points: ['供电保障', '海关通关时间'], c: [5, 1, 5, 1] },
  { date: '2005-12-20', points: ['来年项目用地计划', '外资企业职工培训'], c: [4, 1, 3, 0] },
];
write(`data/service/${YEAR}.yaml`, [
  `# ${YEAR}年服务环境：外资企业座谈会与投诉受理（举报电话、举报信箱）。`,
  NOTICE,
  `year: ${YEAR}`,
  'illustrative: true',
  'about: 讲话要求每个季度召开一次外资企业座谈会，听取外商对投资环境的意见；市优化办设立举报电话和举报信箱，对部门服务不到位的投诉迅速受理调查，查实的对当事人实行“一次投诉查实待岗”。',
  'quarters:',
  ...QUARTERS.flatMap((q, i) => [
    `  - quarter: ${i + 1}`,
    '    forum:',
    '      held: true',
    `      date: ${q.date}`,
    `      points: [${q.points.join(', ')}]`,
    `    complaints: { received: ${q.c[0]}, verified: ${q.c[1]}, resolved: ${q.c[2]}, suspensions: ${q.c[3]} }`,
  ]),
]);
