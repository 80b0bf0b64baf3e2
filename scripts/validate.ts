/**
 * `npm run validate [-- --format github|json] [--data data] [--lang en]`: checks every data file and
 * prints each problem as `文件:行:列 字段 应为：…；实际：…。建议：…` (github: the same list, then CI
 * annotations titled with the check that raised them, naming every file within GitHub's limit of
 * 10 a step, and every issue in $GITHUB_STEP_SUMMARY; json: every issue, unfolded, for tools). Exit 1 on any error;
 * warnings
 * pass. Messages are Chinese; `--lang en` (or BOARD_LANG=en) gives developers English. `--codequality FILE` also
 * writes every issue to FILE as GitLab's Code Quality report (the merge request shows them at their lines).
 */
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { githubAnnotations, githubSummary, inert } from '../src/lib/validate/github.ts';
import { codeQualityReport } from '../src/lib/validate/gitlab.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';
import { say, useLangFlag } from '../src/lib/messages/lang.ts';
import { loadData } from '../src/lib/read/load.ts';

useLangFlag();
const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    data: { type: 'string', default: 'data' },
    lang: { type: 'string' },
    codequality: { type: 'string' },
  },
});
const { model, issues } = loadData({ root: process.env.BOARD_ROOT ?? process.cwd(), dataDir: values.data });
if (values.codequality) writeFileSync(values.codequality, JSON.stringify(codeQualityReport(issues), null, 2) + '\n');
if (values.format === 'json') console.log(JSON.stringify(issues, null, 2));
else if (values.format === 'github') {
  // Every file named in the log (as plain text) and in the annotations GitHub shows; every problem in the step summary.
  for (const line of [...inert(formatIssues(issues), randomUUID()), ...githubAnnotations(issues)]) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary(issues));
} else for (const line of formatIssues(issues)) console.log(line);

// With --format json, stdout is the JSON alone; what people read goes to stderr.
const note = values.format === 'json' ? console.error : console.log;
const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
if (errors > 0 || !model) {
  console.error(
    say(
      `\n✗ 检查未通过：${errors} 处错误，${warnings} 处提醒，本次不发布。请按上面各行（文件:行:列）修改后再运行 npm run validate。`,
      `\n✗ ${errors} error(s), ${warnings} warning(s) in ${values.data}/ — nothing was published. Fix the lines above and run "npm run validate" again.`,
    ),
  );
  // Not process.exit(): a long list still sitting in a full pipe would be cut off.
  process.exitCode = 1;
} else {
  for (const draft of model.reports.filter((r) => r.status === 'draft')) {
    note(
      say(
        `注意：${draft.file} 是草稿（status: draft），本次不发布；填完后把 status 改为 published。`,
        `note: ${draft.file} is a draft (status: draft) and is not published; set status: published when it is complete.`,
      ),
    );
  }
  const counts = say(
    `${model.units.length} 个单位，${model.plans.length} 个年度计划，${model.reports.length} 个月的报表${warnings ? `，${warnings} 处提醒（不影响发布，请核对）` : ''}`,
    `${model.units.length} units, ${model.plans.length} plan(s), ${model.reports.length} monthly reports${warnings ? `, ${warnings} warning(s)` : ''}`,
  );
  note(say(`✓ 检查通过：${values.data}/ 共 ${counts}。`, `✓ ${values.data}/ is valid: ${counts}.`));
}
