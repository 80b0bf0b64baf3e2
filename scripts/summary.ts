/**
 * `npm run summary [-- --base origin/main]`: the latest month (drafts included) in Chinese Markdown,
 * ready for a pull-request comment. "本次更正" lists the revisions not yet published: by default those
 * decided after the last month on record (data/published.yaml) before this one; with --base, those
 * the base branch did not have (read with git show, so a shallow clone needs that one ref fetched).
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { addedRevisions, prCommentMarkdown, revisionsSinceLastPublished } from '../src/lib/drafts/pr-comment.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import type { Revision } from '../src/lib/schema/revisions.ts';
import { scoreBoard } from '../src/lib/score/board.ts';
import { formatIssue } from '../src/lib/validate/issues.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, EXIT } from './cli.ts';

/** The revisions on the base branch, or undefined when git cannot tell. */
function baseRevisions(ref: string): Array<Omit<Revision, 'file'>> | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = git('ls-tree', '-r', '--name-only', ref, 'data/revisions')
      .split('\n')
      .filter((f) => f.endsWith('.yaml'));
    return files.flatMap(
      (f) => (parse(git('show', `${ref}:${f}`)) as { revisions?: Array<Omit<Revision, 'file'>> }).revisions ?? [],
    );
  } catch {
    return undefined;
  }
}

export const summary = defineCommand({
  name: 'summary',
  audience: 'clerk',
  help: 'cli.summary.help',
  options: { base: { type: 'string' } },
  run({ values }) {
    boardConfigOrExit();
    const { model, issues } = loadData({ root: process.cwd() });
    if (!model) {
      console.log(
        [
          t('scripts.summary.failed'),
          '',
          t('scripts.summary.failed.lines'),
          '',
          ...issues.filter((i) => i.severity === 'error').map((i) => `- \`${formatIssue(i)}\``),
          '',
        ].join('\n'),
      );
      return EXIT.data;
    }
    const board = scoreBoard(model, { includeDrafts: true });
    // Without --base: what the published record says already went out (no git needed).
    const latest = board.periods.at(-1)?.period ?? '';
    const newRevisions = values.base
      ? (() => {
          const base = baseRevisions(values.base);
          return base && addedRevisions(model.revisions, base);
        })()
      : revisionsSinceLastPublished(model, latest);
    const latestFiles = new Set(model.reports.slice(-1).map((r) => r.file));
    const warnings = issues.filter((i) => i.severity === 'warning' && latestFiles.has(i.file));
    console.log(prCommentMarkdown(board, { warnings, newRevisions }));
  },
});
