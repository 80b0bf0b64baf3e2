/**
 * `npm run validate [-- --format github|json] [--data data] [--lang en]`: checks every data file and
 * prints each problem as `文件:行:列 字段 应为：…；实际：…。建议：…` (github: the same list, then CI
 * annotations titled with the check that raised them, naming every file within GitHub's limit of
 * 10 a step, and every issue in $GITHUB_STEP_SUMMARY; json: every issue, unfolded, for tools). Exit 1 on any error;
 * warnings
 * pass. Messages are Chinese; `--lang en` (or BOARD_LANG=en) gives developers English. `--codequality FILE` also
 * writes every issue to FILE as GitLab's Code Quality report (the merge request shows them at their lines).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { githubAnnotations, githubSummary, inert } from '../src/lib/validate/github.ts';
import { codeQualityReport } from '../src/lib/validate/gitlab.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';
import { passedSummary } from '../src/lib/validate/summary.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, EXIT } from './cli.ts';

export const validate = defineCommand({
  name: 'validate',
  audience: 'clerk',
  help: 'cli.validate.help',
  options: {
    format: { type: 'string', default: 'text' },
    data: { type: 'string', default: 'data' },
    codequality: { type: 'string' },
  },
  run({ values }) {
    const { root } = boardConfigOrExit();
    const { model, issues } = loadData({ root, dataDir: values.data });
    if (values.codequality)
      writeFileSync(values.codequality, JSON.stringify(codeQualityReport(issues), null, 2) + '\n');
    if (values.format === 'json') console.log(JSON.stringify(issues, null, 2));
    else if (values.format === 'github') {
      // Every file named in the log (as plain text) and in the annotations GitHub shows; every problem in the
      // step summary.
      for (const line of [...inert(formatIssues(issues), randomUUID()), ...githubAnnotations(issues)])
        console.log(line);
      if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary(issues));
    } else for (const line of formatIssues(issues)) console.log(line);

    // With --format json, stdout is the JSON alone; what people read goes to stderr.
    const note = values.format === 'json' ? console.error : console.log;
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    if (errors > 0 || !model) {
      console.error(t('scripts.validate.failed', { errors, warnings }));
      // An exit code, not process.exit(): a long list still sitting in a full pipe would be cut off.
      return EXIT.data;
    }
    for (const line of passedSummary(model, issues, { data: values.data })) note(line);
    return EXIT.ok;
  },
});
