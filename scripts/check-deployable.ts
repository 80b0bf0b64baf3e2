/**
 * `npm run check-deployable [-- dist]`: refuses (exit 1) a built site that is a preview with drafts
 * (any page marked 草稿·未发布), so the deploy can never ship one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { t } from '../src/lib/messages/index.ts';

useLangFlag();

const { positionals } = parseArgs({ options: { lang: { type: 'string' } }, allowPositionals: true });
const dir = positionals[0] ?? 'dist';
const pages = !existsSync(dir)
  ? []
  : readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
const previews = pages.filter((d) => readFileSync(join(d.parentPath, d.name), 'utf8').includes('name="board-preview"'));
if (pages.length === 0) {
  console.error(t('scripts.checkDeployable.empty', { dir }));
  process.exit(1);
}
if (previews.length > 0) {
  console.error(t('scripts.checkDeployable.preview', { dir, previews: previews.length }));
  process.exit(1);
}
console.log(t('scripts.checkDeployable.ok', { dir, pages: pages.length }));
