/** `npm run docs:data`: rewrites the file list in data/README.md from the table of data-file kinds. */
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN, withFileList } from '../src/lib/forms/data-readme.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { t } from '../src/lib/messages/index.ts';

useLangFlag();

const path = 'data/README.md';
const before = readFileSync(path, 'utf8');
if (!before.includes(BEGIN)) {
  console.error(t('scripts.docsData.noMarker', { path, marker: BEGIN }));
  process.exit(1);
}
const after = withFileList(before);
if (after === before) console.log(t('scripts.docsData.current', { path }));
else {
  writeFileSync(path, after);
  console.log(t('scripts.docsData.updated', { path }));
}
