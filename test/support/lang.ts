/** Run a test file's messages in English (BOARD_LANG=en), as developers see them; Chinese is the default. */
import { afterAll, beforeAll } from 'vitest';

export function inEnglish(): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.BOARD_LANG;
    process.env.BOARD_LANG = 'en';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.BOARD_LANG;
    else process.env.BOARD_LANG = before;
  });
}
