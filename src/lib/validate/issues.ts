import { messageLang } from '../messages/lang.ts';
import { t } from '../messages/index.ts';
import type { Issue } from '../read/issue.ts';

/**
 * The message without its place: `应为：…；实际：…。建议：…` (or `expected …, got … — …` in English). Also
 * used for problems found somewhere other than a data file (a cell of an imported 报送表).
 */
export function issueBody(issue: Pick<Issue, 'severity' | 'expected' | 'got' | 'suggestion'>): string {
  // The Chinese tip ends the sentence with its own 。, so a tip's last full stop is dropped there.
  const suggestion = messageLang() === 'en' ? issue.suggestion : issue.suggestion?.replace(/[。.]$/, '');
  return t('validate.issues.body', {
    warning: issue.severity === 'warning' ? t('validate.issues.warning') : '',
    expected: issue.expected,
    got: issue.got,
    tip: suggestion ? t('validate.issues.tip', { suggestion }) : '',
  });
}

/** One line: `文件:行:列 字段 应为：…；实际：…。建议：…`. */
export function formatIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.col}`;
  const field = issue.field === '' ? '' : ` ${issue.field}`;
  return t('validate.issues.line', { where, field, body: issueBody(issue) });
}

/** GitHub Actions workflow command, so the problem shows on the pull request's file. */
export function formatGithub(issue: Issue): string {
  const title = issue.rule ? `,title=${escapeProperty(issue.rule)}` : '';
  const props = `file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.col}${title}`;
  const field = issue.field === '' ? '' : t('validate.issues.githubField', { field: issue.field });
  return `::${issue.severity} ${props}::${escapeData(`${field}${issueBody(issue)}`)}`;
}

/** A workflow command's message: %, CR and LF escaped, so text from a data file cannot end it or start another. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property (a file name may hold a comma or a colon). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Sort by file, then position, so output reads top to bottom like the files. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.field.localeCompare(b.field),
  );
}

export const hasErrors = (issues: Issue[]) => issues.some((i) => i.severity === 'error');

/** Show a found value briefly and unambiguously: strings quoted, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return t('common.nothing');
  if (value === null) return t('validate.issues.null');
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return messageLang() === 'en' ? JSON.stringify(short) : `“${short}”`;
  }
  if (Array.isArray(value)) return t('validate.issues.list');
  if (typeof value === 'object') return t('validate.issues.mapping');
  // Numbers and booleans are all a data file holds besides; a function or symbol (never read) shows its kind.
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

/** Each file once, in the order of the issues, with its issues. */
export function byFile(issues: Issue[]): Map<string, [Issue, ...Issue[]]> {
  const files = new Map<string, [Issue, ...Issue[]]>();
  for (const issue of issues) {
    const list = files.get(issue.file);
    if (list) list.push(issue);
    else files.set(issue.file, [issue]);
  }
  return files;
}

/**
 * Formatted lines, file by file. A long run of the same mistake inside one file (e.g. a renamed
 * field in every unit of a month) is cut to the first few lines and a count, so the list stays
 * readable; the same mistake in another file is that file's own, so every file that has a problem
 * is named with its line at least once, however many files share it. Nothing is hidden silently.
 */
export function formatIssues(issues: Issue[], format: (issue: Issue) => string = formatIssue, keep = 3): string[] {
  const sameMistake = (i: Issue) => [i.severity, i.field.replace(/\[\d+\]/g, '[]'), i.expected, i.got].join('\u0000');
  const lines: string[] = [];
  for (const [file, fileIssues] of byFile(issues)) {
    const runs = new Map<string, { count: number; field: string }>();
    for (const issue of fileIssues) {
      const key = sameMistake(issue);
      const run = runs.get(key) ?? { count: 0, field: issue.field.replace(/\[\d+\]/g, '[]') };
      runs.set(key, run);
      run.count++;
      if (run.count <= keep) lines.push(format(issue));
    }
    for (const run of runs.values()) {
      if (run.count <= keep) continue;
      lines.push(t('validate.issues.sameMistake', { file, more: run.count - keep, field: run.field }));
    }
  }
  return lines;
}
