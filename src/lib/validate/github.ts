/**
 * `npm run validate -- --format github` in a GitHub Actions step. GitHub turns only the first 10
 * error and 10 warning commands of a step into annotations on the pull request (50 a job; the rest
 * stay in the log), so a mistake shared by hundreds of files must not spend them one a line: each
 * file with a problem gets one annotation at its first line; past the limit the last annotation
 * names every remaining file with its line; spare annotations go to further lines. The complete
 * list goes to the log and, as Markdown, to the step summary ($GITHUB_STEP_SUMMARY, 1 MiB a step).
 */
import { byFile, escapeData, formatGithub, formatIssue, formatIssues } from './issues.ts';
import type { Issue } from '../read/issue.ts';
import { t } from '../messages/index.ts';

/** Annotations of one kind (error, warning) GitHub shows for a step. */
export const ANNOTATIONS_PER_KIND = 10;
/** GitHub refuses a step summary larger than 1 MiB (and then shows none of it): stay below. */
export const SUMMARY_BYTES = 1_000_000;
/** An annotation's message is cut by GitHub at 64 KB: the list of further files stays below. */
const ANNOTATION_LIST_BYTES = 60_000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const countNote = (n: number) => t('validate.github.inThisFile', { n });

/** The annotations of one severity, within GitHub's limit, naming every file. */
function annotationsOf(issues: Issue[], limit: number): string[] {
  const files = [...byFile(issues)];
  if (files.length === 0) return [];
  const withNote = (issue: Issue, count: number) =>
    formatGithub(issue) + (count > 1 ? escapeData(countNote(count)) : '');
  if (files.length > limit) {
    const shown = files.slice(0, limit - 1).map(([, list]) => withNote(list[0], list.length));
    const rest = files.slice(limit - 1);
    let list = '';
    let listed = 0;
    for (const [file, fileIssues] of rest) {
      const entry = `${file}:${fileIssues[0].line}`;
      if (bytes(list) + bytes(entry) > ANNOTATION_LIST_BYTES) break;
      list += (listed > 0 ? t('common.listSeparator') : '') + entry;
      listed++;
    }
    const more = rest.length - listed;
    const note = t('validate.github.restOfFiles', {
      files: rest.length,
      limit,
      list,
      more: more > 0 ? t('validate.github.restOfFiles.more', { more }) : '',
    });
    return [...shown, formatGithub(rest[0]![1][0]) + escapeData(note)];
  }
  // Fewer files than annotations: one each at its first problem, then each file's second, third … in turn.
  const chosen = new Set<Issue>();
  for (let k = 0; chosen.size < Math.min(limit, issues.length); k++) {
    for (const [, list] of files) if (k < list.length && chosen.size < limit) chosen.add(list[k]!);
  }
  const counts = new Map(files.map(([file, list]) => [file, list.length]));
  const annotated = new Map<string, number>();
  for (const issue of chosen) annotated.set(issue.file, (annotated.get(issue.file) ?? 0) + 1);
  const firsts = new Set(files.map(([, list]) => list[0]));
  // A file with more problems than annotations says how many it has, at its first.
  return issues
    .filter((i) => chosen.has(i))
    .map((i) =>
      firsts.has(i) && annotated.get(i.file)! < counts.get(i.file)!
        ? withNote(i, counts.get(i.file)!)
        : formatGithub(i),
    );
}

/** Workflow commands for the annotations: errors and warnings, each within GitHub's limit. */
export function githubAnnotations(issues: Issue[], limit = ANNOTATIONS_PER_KIND): string[] {
  return [
    ...annotationsOf(
      issues.filter((i) => i.severity === 'error'),
      limit,
    ),
    ...annotationsOf(
      issues.filter((i) => i.severity === 'warning'),
      limit,
    ),
  ];
}

/**
 * Lines printed as they are, never read as workflow commands (a data file's text could otherwise
 * start one): GitHub's stop-commands, ended by a token nobody can have written in advance.
 */
export function inert(lines: string[], token: string): string[] {
  return [`::stop-commands::${token}`, ...lines, `::${token}::`];
}

/**
 * Text from a data file, made inert in Markdown: every ASCII punctuation mark that could start markup is escaped,
 * line breaks become spaces.
 */
const md = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&-]/g, '\\$&');

/**
 * The step summary: every problem, file by file. If that would pass GitHub's size limit, the long
 * runs within a file are folded; if still too long, one line a file; never a file left unnamed
 * unless even that list is over the limit (then the count of the files left out is given).
 */
export function githubSummary(issues: Issue[], budget = SUMMARY_BYTES): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const files = byFile(issues);
  const head =
    issues.length === 0
      ? t('validate.github.passed')
      : t(errors > 0 ? 'validate.github.summary.failed' : 'validate.github.summary.passed', {
          errors,
          warnings: issues.length - errors,
          files: files.size,
          limit: ANNOTATIONS_PER_KIND,
        });
  const where = (i: Issue) => formatIssue(i).slice(i.file.length + 1);
  const section = (file: string, lines: string[], count: number) =>
    `\n### ${md(file)}${t('validate.github.count', { count })}\n\n${lines.map((l) => `- ${md(l)}`).join('\n')}\n`;
  const everyIssue = () => [...files].map(([file, list]) => section(file, list.map(where), list.length));
  const folded = () => [...files].map(([file, list]) => section(file, formatIssues(list, where), list.length));
  const oneLine = () =>
    [...files].map(
      ([file, list]) =>
        `- ${md(`${file}:${where(list[0])}`)}${list.length > 1 ? md(t('validate.github.andMore', { more: list.length - 1 })) : ''}\n`,
    );
  for (const detail of [everyIssue, folded, oneLine]) {
    const parts = detail();
    if (bytes(head) + parts.reduce((n, p) => n + bytes(p), 0) <= budget)
      return head + (detail === oneLine ? '\n' : '') + parts.join('');
  }
  // Even one line a file is too long: as many files as fit, and how many were left out.
  const parts = oneLine();
  let out = `${head}\n`;
  let kept = 0;
  for (const part of parts) {
    if (bytes(out) + bytes(part) > budget - 200) break;
    out += part;
    kept++;
  }
  return `${out}\n${t('validate.github.moreFiles', { more: parts.length - kept })}\n`;
}
