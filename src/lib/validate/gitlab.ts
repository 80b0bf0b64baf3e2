/**
 * `npm run validate -- --codequality FILE` for GitLab CI: every issue in GitLab's Code Quality report format
 * (a subset of Code Climate's), which a merge request shows in its widget and beside the offending line of
 * the changed file. Unlike GitHub's annotations there is no per-step limit, so every issue is one entry.
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import { createHash } from 'node:crypto';
import type { Issue } from '../read/issue.ts';
import { formatIssue } from './issues.ts';

export interface CodeQualityEntry {
  description: string;
  check_name: string;
  /** Stable for the same problem at the same place: GitLab compares the branch's report with the target's. */
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export function codeQualityReport(issues: readonly Issue[]): CodeQualityEntry[] {
  return issues.map((issue) => {
    const description = formatIssue(issue);
    return {
      description,
      check_name: issue.rule ?? 'data',
      fingerprint: createHash('sha256').update(description).digest('hex').slice(0, 32),
      severity: issue.severity === 'error' ? 'major' : 'minor',
      location: { path: issue.file, lines: { begin: issue.line } },
    };
  });
}
