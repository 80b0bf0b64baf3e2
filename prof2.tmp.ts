import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readYaml } from './src/lib/read/read-yaml.ts';
import { validateTree } from './src/lib/validate/validate.ts';
import { writeBenchBoard } from './scripts/bench-board.ts';
const root = mkdtempSync(join(tmpdir(), 'prof-'));
writeBenchBoard(root, { years: 2, units: 300, firstYear: 2011 });
const files = readdirSync(join(root, 'data'), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name));
for (let k = 0; k < 2; k++) {
  let t = performance.now();
  const sources = files.map((f) => readYaml(relative(root, f), readFileSync(f)).source!);
  console.log('read', performance.now() - t);
  t = performance.now();
  validateTree(sources, { dataDir: 'data', currentPeriod: '2013-03' });
  console.log('validate', performance.now() - t);
}
