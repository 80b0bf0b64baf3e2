/**
 * Every built page passes the W3C Nu HTML checker (vnu-jar, the checker behind validator.w3.org/nu),
 * errors only: it knows the HTML standard's content models, which html-validate's rules do not cover
 * (a `<script>` after `</html>`, an empty table row). One JVM run checks every page.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, ROOT, builtPages } from './lib/site.ts';

const VNU = `${ROOT}/node_modules/vnu-jar/build/dist/vnu.jar`;

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

test('every built page is valid HTML to the W3C Nu checker', () => {
  const pages = builtPages().map((p) => p.file);
  expect(pages.length, 'dist/ holds no HTML pages').toBeGreaterThan(0);
  let out: string;
  try {
    out = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--stdout', ...pages], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stdout.
    const { stdout, code } = error as { stdout?: string; code?: string };
    if (code === 'ENOENT')
      throw new Error('No java: apt-get install -y default-jre-headless (or run npm run test:all).', {
        cause: error,
      });
    out = stdout ?? '';
  }
  const { messages } = JSON.parse(out) as { messages: NuMessage[] };
  const errors = messages.map(
    (m) =>
      `dist/${relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.type}: ${m.message}` +
      (m.extract ? ` (at ${JSON.stringify(m.extract.trim().slice(0, 80))})` : ''),
  );
  expect(errors).toEqual([]);
}, 300_000);
