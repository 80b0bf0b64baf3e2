/**
 * Every built page passes html-validate with its recommended rules. Rules are read the way the
 * CLI reads them (`npx html-validate 'dist/**\/*.html'` gives the same answer): the base below,
 * overridden by any .htmlvalidate.json between the file and the repository root.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages } from './lib/site.ts';
import { HTML_RULES } from '../test/support/html-rules.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader(HTML_RULES));
const pages = builtPages();

test('the site has built pages to validate', () => {
  expect(pages.length, 'dist/ holds no HTML pages').toBeGreaterThan(0);
});

describe.each(pages)('$path', ({ file }) => {
  test('is valid HTML (html-validate:recommended)', async () => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((r) =>
      r.messages
        .filter((m) => m.severity === 2)
        .map(
          (m) =>
            `dist/${relative(DIST, r.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (at ${m.selector})` : ''}`,
        ),
    );
    expect(errors).toEqual([]);
  });
});
