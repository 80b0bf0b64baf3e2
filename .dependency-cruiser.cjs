/**
 * The stage boundaries, checked by `npm run lint` (depcruise) and test/stage-boundaries.test.ts.
 *
 *   read → schema → validate → model → score → present → export · images · forms → pages → build
 *
 * A module may import from its own stage and from earlier ones, never from a later one; export,
 * images and forms stand side by side (none imports another). forms is the clerk's files: the drafts
 * written from the model (src/lib/drafts/) and the Excel forms sent out and read back (src/lib/excel/).
 * build (src/build/) is what runs after the pages are written: pictures, compressed copies.
 * src/lib/messages/ and src/lib/config.ts are usable from every stage. Pages (src/pages,
 * src/components, src/layouts, the build's door src/data and the browser's src/client) may import any
 * earlier stage; scripts/ and the tests may import anything. No module may be part of a cycle,
 * type-only imports included.
 *
 * A stage is named by folder (`src/lib/score/…`) or, inside a folder that gathers one thing across
 * stages, by file name: add its pattern to the stage's `paths`. src/lib/ledger/ is such a folder: each
 * optional ledger kind's folder (and common/) names its files schema.ts, rules.ts, score.ts, urls.ts or
 * views.ts, export.ts, and ledger/<stage file>.ts lists the kinds for that stage — so a kind's folder is
 * no way round the direction. test/stage-boundaries.test.ts checks that every file of src/lib/ and
 * src/build/ has a stage (or is one of the leaves), so a new folder cannot slip past the check.
 */
/** A file of src/lib/ledger/ (a kind's, or the list beside them) by its name. */
const ledger = (names) => `^src/lib/ledger/(${names})\\.ts$|^src/lib/ledger/[^/]+/(${names})\\.ts$`;
const STAGES = [
  { name: 'read', rank: 0, paths: ['^src/lib/read/'] },
  { name: 'schema', rank: 1, paths: ['^src/lib/schema/', ledger('schema')] },
  { name: 'validate', rank: 2, paths: ['^src/lib/validate/', ledger('rules')] },
  { name: 'model', rank: 3, paths: ['^src/lib/model/'] },
  { name: 'score', rank: 4, paths: ['^src/lib/score/', ledger('score')] },
  { name: 'present', rank: 5, paths: ['^src/lib/present/', ledger('urls|views')] },
  { name: 'export', rank: 6, paths: ['^src/lib/export/', ledger('export')] },
  { name: 'images', rank: 6, paths: ['^src/lib/images/'] },
  { name: 'forms', rank: 6, paths: ['^src/lib/drafts/', '^src/lib/excel/'] },
  { name: 'pages', rank: 7, paths: ['^src/(pages|components|layouts|data|client)/'] },
  { name: 'build', rank: 8, paths: ['^src/build/'] },
];

/** Usable from every stage, importing none. */
const LEAVES = ['^src/lib/messages/', '^src/lib/config\\.ts$'];

/** Tests may reach across stages (a score test formats its numbers as the pages do). */
const TESTS = '\\.test\\.ts$';

const later = (stage) => STAGES.filter((other) => other !== stage && other.rank >= stage.rank);

const stageRules = STAGES.filter((stage) => later(stage).length > 0).map((stage) => ({
  name: `stage-${stage.name}`,
  comment: `${stage.name} imports only from its own stage and earlier ones (read → schema → validate → model → score → present → export · images · forms → pages → build), messages/ and config.ts`,
  severity: 'error',
  from: { path: stage.paths, pathNot: TESTS },
  to: {
    path: later(stage).flatMap((other) => other.paths),
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...stageRules,
    {
      name: 'no-circular',
      comment: 'no module is part of a cycle of imports (type-only imports count: they tie the modules as tightly)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'leaves-stay-leaves',
      comment: 'messages/ and config.ts import nothing of the stages, so every stage may import them',
      severity: 'error',
      from: { path: LEAVES, pathNot: TESTS },
      to: { path: STAGES.flatMap((stage) => stage.paths) },
    },
    {
      name: 'no-test-code-in-the-site',
      comment: 'the site never imports test support or end-to-end code (scripts may: screenshots, lighthouse)',
      severity: 'error',
      from: { path: '^src/', pathNot: TESTS },
      to: { path: '^(test|e2e)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-preview|\\.astro|test-results)/' },
    // Type-only imports are dependencies too (cycles through types are cycles).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.cjs', '.json'] },
  },
};

// Every stage's paths and the leaves, for test/stage-boundaries.test.ts (not enumerable: depcruise refuses
// keys it does not know).
Object.defineProperty(module.exports, 'stages', { value: STAGES });
Object.defineProperty(module.exports, 'leaves', { value: LEAVES });
