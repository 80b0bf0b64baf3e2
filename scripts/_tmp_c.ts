import { writeFileSync } from 'node:fs';
import { checkBoard } from '../src/data/board.ts';
import { chartFiles } from '../src/lib/present/views/media/chart-files.ts';
import { chartPicture } from '../src/lib/images/chart-picture.ts';
import { drawPicture } from '../src/lib/images/render.ts';
const board = checkBoard();
const files = chartFiles(board);
console.log(files.length, files.slice(0,4).map(f=>f.id));
for (const f of [files[0], files[1], files.find(f=>f.id.endsWith('rank'))!]) {
  const t=Date.now(); const d = await drawPicture(chartPicture(f)); console.log(f.id, Date.now()-t, 'ms', d.svg.length);
  writeFileSync(`/tmp/p2/chart-${f.id}.png`, d.png);
}
