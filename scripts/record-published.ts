/**
 * `npm run record-published [-- --lang en]`: adds every published month not yet on record to
 * data/published.yaml (never rewrites a month already there). Refuses while the data has errors —
 * a changed published figure without its revision among them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { withNewMonths, recordText } from '../src/lib/drafts/published-record.ts';
import { publishedHeader } from '../src/lib/drafts/published-header.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import type { PublishedRecord } from '../src/lib/schema/published.ts';
import { listOf, t } from '../src/lib/messages/index.ts';
import { defineCommand, modelOr } from './cli.ts';

export const recordPublished = defineCommand({
  name: 'record-published',
  audience: 'clerk',
  help: 'cli.recordPublished.help',
  run() {
    const path = 'data/published.yaml';
    boardConfigOrExit();
    const model = modelOr(
      loadData({ root: process.cwd(), skipRules: ['published-recorded'] }),
      'scripts.recordPublished.fixFirst',
      { errorsOnly: true },
    );
    const before = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as PublishedRecord) : undefined;
    const { record, added } = withNewMonths(before, model.reports);
    if (added.length === 0) {
      console.log(t('scripts.recordPublished.upToDate', { path }));
    } else {
      writeFileSync(path, recordText(record));
      console.log(t('scripts.recordPublished.recorded', { months: listOf(added), path }));
      // The month is out: its file no longer says 草稿 or "改为通报实际发布的日期".
      for (const report of model.reports.filter((r) => added.includes(r.period))) {
        const text = readFileSync(report.file, 'utf8');
        const planFile = model.plans.find((p) => p.year === report.year)?.file;
        const after = publishedHeader(text, report, { subject: model.site.subject, planFile });
        if (after === text) continue;
        writeFileSync(report.file, after);
        console.log(t('scripts.recordPublished.header', { file: report.file }));
      }
    }
  },
});
