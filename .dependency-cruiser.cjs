/**
 * The stage boundaries, checked by `npm run lint` (depcruise) and test/stage-boundaries.test.ts.
 *
 *   read → schema → validate → model → score → present → export · images · forms → pages
 *
 * A module may import from its own stage and from earlier ones, never from a later one; export,
 * images and forms stand side by side (none imports another). src/lib/messages/ and src/lib/config.ts
 * are usable from every stage. Pages (src/pages, src/components, src/layouts, the build's door
 * src/data and the browser's src/client) may import any stage; scripts/ and the tests may import
 * anything. No module may be part of a cycle, type-only imports included.
 *
 * A stage is named by folder (`src/lib/score/…`) or, inside a folder that gathers one thing across
 * stages, by file name: add its pattern to the stage's `paths`.
 */
const STAGES = [
  { name: 'read', rank: 0, paths: ['^src/lib/read/'] },
  { name: 'schema', rank: 1, paths: ['^src/lib/schema/'] },
  { name: 'validate', rank: 2, paths: ['^src/lib/validate/'] },
  { name: 'model', rank: 3, paths: ['^src/lib/model/'] },
  { name: 'score', rank: 4, paths: ['^src/lib/score/'] },
  { name: 'present', rank: 5, paths: ['^src/lib/present/'] },
  { name: 'export', rank: 6, paths: ['^src/lib/export/'] },
  { name: 'images', rank: 6, paths: ['^src/lib/images/'] },
  { name: 'forms', rank: 6, paths: ['^src/lib/forms/'] },
  { name: 'pages', rank: 7, paths: ['^src/(pages|components|layouts|data|client)/'] },
];

/** Tests may reach across stages (a score test formats its numbers as the pages do). */
const TESTS = '\\.test\\.ts$';

const later = (stage) => STAGES.filter((other) => other !== stage && other.rank >= stage.rank);

const stageRules = STAGES.filter((stage) => later(stage).length > 0).map((stage) => ({
  name: `stage-${stage.name}`,
  comment: `${stage.name} imports only from its own stage and earlier ones (read → schema → validate → model → score → present → export · images · forms → pages), messages/ and config.ts`,
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
      from: { path: ['^src/lib/messages/', '^src/lib/config\\.ts$'], pathNot: TESTS },
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
