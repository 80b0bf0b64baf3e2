/** `npm run docs:data`: rewrites the file list in data/README.md from the table of data-file kinds. */
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN, withFileList } from '../src/lib/drafts/data-readme.ts';
import { t } from '../src/lib/messages/index.ts';
import { dataProblem, defineCommand } from './cli.ts';

export const docsData = defineCommand({
  name: 'docs-data',
  audience: 'developer',
  npmScript: 'docs:data',
  help: 'cli.docsData.help',
  run() {
    const path = 'data/README.md';
    const before = readFileSync(path, 'utf8');
    if (!before.includes(BEGIN)) dataProblem(t('scripts.docsData.noMarker', { path, marker: BEGIN }));
    const after = withFileList(before);
    if (after === before) console.log(t('scripts.docsData.current', { path }));
    else {
      writeFileSync(path, after);
      console.log(t('scripts.docsData.updated', { path }));
    }
  },
});
