/**
 * The build's single door to the data: load + validate (the same code as `npm run validate`),
 * fail the build with the clerk-readable messages, else score once and share the board.
 * BOARD_ROOT (default: the working directory) is the folder holding data/ — tests point it elsewhere.
 * BOARD_PREVIEW=1 builds a preview with the draft months too: every page then says 草稿·未发布
 * (and carries a marker that scripts/check-deployable.ts refuses to ship).
 *
 * `npm run build` reads and validates the data once: the integration in astro.config.mjs calls
 * checkBoard() when the build starts — before anything is written, so a bad file stops it with
 * the validator's messages and the previous dist/ stays as it was — and leaves the checked, scored
 * board on globalThis, where the pages' copy of this module (bundled separately by Vite) finds it.
 */
import { scoreBoard, type Board } from '../lib/score/board.ts';
import { formatIssues } from '../lib/validate/issues.ts';
import { loadData } from '../lib/model/load.ts';
import { boardConfig } from '../lib/config.ts';
import { t } from '../lib/messages/index.ts';

let cached: Board | undefined;

/** The data did not pass its checks: the message is the clerk's whole story (no stack trace belongs with it). */
export class DataError extends Error {
  override name = 'DataError';
}

/** A preview build (drafts included, never to be deployed). */
export const isPreview = () => boardConfig().preview;

const root = () => boardConfig().root;

/** Where the checked board waits for the pages: keyed by what it was built from. */
const SHARED = Symbol.for('paihangbang.checked-board');
interface Shared {
  root: string;
  preview: boolean;
  board: Board;
}
const shared = globalThis as typeof globalThis & { [SHARED]?: Shared };

/** Reads, validates and scores the data; throws with every error's message, prints warnings and a summary. */
export function checkBoard(log: (line: string) => void = () => {}): Board {
  const { model, issues } = loadData({ root: root() });
  const errors = issues.filter((i) => i.severity === 'error');
  if (!model || errors.length > 0) {
    throw new DataError(`${t('forms.build.failed', { errors: errors.length })}\n${formatIssues(issues).join('\n')}`);
  }
  for (const line of formatIssues(issues)) log(line);
  for (const draft of model.reports.filter((r) => r.status === 'draft')) {
    log(t(isPreview() ? 'forms.build.draftInPreview' : 'forms.build.draft', { file: draft.file }));
  }
  log(
    t('forms.build.passed', {
      units: model.units.length,
      plans: model.plans.length,
      reports: model.reports.length,
      warnings: issues.length ? t('forms.build.passed.warnings', { warnings: issues.length }) : '',
    }),
  );
  const board = scoreBoard(model, { includeDrafts: isPreview() });
  shared[SHARED] = { root: root(), preview: isPreview(), board };
  return board;
}

export function getBoard(): Board {
  if (cached) return cached;
  const checked = shared[SHARED];
  cached = checked && checked.root === root() && checked.preview === isPreview() ? checked.board : checkBoard();
  return cached;
}
