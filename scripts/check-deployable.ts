/**
 * `npm run check-deployable [-- dist]`: refuses (exit 1) a built site that is a preview with drafts
 * (any page marked 草稿·未发布), so the deploy can never ship one. `npm run deploy` runs the same check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, EXIT } from './cli.ts';

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

export const checkDeployableCommand = defineCommand({
  name: 'check-deployable',
  audience: 'operator',
  help: 'cli.checkDeployable.help',
  positionals: true,
  run({ positionals }) {
    const { ok, message } = checkDeployable(positionals[0] ?? 'dist');
    if (ok) console.log(message);
    else console.error(message);
    return ok ? EXIT.ok : EXIT.data;
  },
});
