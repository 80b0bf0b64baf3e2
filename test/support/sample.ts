import { join } from 'node:path';

/** The sample board, frozen for behaviour tests: test/fixtures/sample/README.md says why and who reads it. */
export const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'sample');
