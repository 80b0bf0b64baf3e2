/**
 * `npm run check-deployable [-- dist]`: refuses (exit 1) a built site that is a preview with drafts
 * (any page marked 草稿·未发布), so the deploy can never ship one. `npm run deploy` runs the same check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { t } from '../src/lib/messages/index.ts';

/** Whether `dir` may be published, and the line to print either way. */
export function checkDeployable(dir: string): { ok: boolean; message: string } {
  const pages = !existsSync(dir)
    ? []
    : readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
  const previews = pages.filter((d) =>
    readFileSync(join(d.parentPath, d.name), 'utf8').includes('name="board-preview"'),
  );
  if (pages.length === 0) return { ok: false, message: t('scripts.checkDeployable.empty', { dir }) };
  if (previews.length > 0)
    return { ok: false, message: t('scripts.checkDeployable.preview', { dir, previews: previews.length }) };
  return { ok: true, message: t('scripts.checkDeployable.ok', { dir, pages: pages.length }) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  useLangFlag();
  const { positionals } = parseArgs({ options: { lang: { type: 'string' } }, allowPositionals: true });
  const { ok, message } = checkDeployable(positionals[0] ?? 'dist');
  if (ok) console.log(message);
  else {
    console.error(message);
    process.exitCode = 1;
  }
}
