/**
 * 方法变更记录: every change to how a published figure is worked out, with its date, newest last. The
 * last entry's date is the rules' version every download names (RULES_VERSION in export/method.ts; a
 * test holds the two together), so a reader can tell which rules made a file. Dates from the history of
 * the scoring code.
 */
export interface MethodChange {
  /** YYYY-MM-DD: the day the change took effect; the last one is RULES_VERSION. */
  date: string;
  text: string;
}

export const METHOD_CHANGES: readonly MethodChange[] = [
  {
    date: '2026-11-26',
    text: '首版：完成率对确保目标，序时进度 = 已过月数 ÷ 12，综合完成率按年度计划的权重合成（单项最多计 150%），保留一位小数后相同的并列，色带按超/欠序时进度划分。',
  },
  {
    date: '2026-11-27',
    text: '增加考评：一季一考评、上半年“双过半”、年终考核，红榜、黑榜，按当前进度推算的预警和“连续落后”。',
  },
  {
    date: '2026-12-03',
    text: '合计中计入未报送单位本年最近一次报送的累计数，并标明；全部单位的合计按年度计划下达的总目标判断，不用各单位目标之和。',
  },
  {
    date: '2026-12-05',
    text: '组平均不计无该项目标的单位；预警表不再列出免考单位和免考指标的推算；计算办法和例题可下载，供核对者独立重算。',
  },
];

/** The date of the rules now in force: the last change's. */
export const currentRulesDate = () => METHOD_CHANGES.at(-1)!.date;
