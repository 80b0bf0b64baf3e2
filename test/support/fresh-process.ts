/**
 * The fast tier runs its files one after another in a shared process (`isolate: false`, which saves
 * the third of its time that went on importing the same modules again). This set-up runs before each
 * file and gives it the process as the first file found it: the environment (a file that sets
 * BOARD_LANG=en must not turn the next file's messages English), the working directory, and no exit
 * code (scripts/cli.ts falls back on process.exitCode, which a command run in-process may have set).
 */
import { restoreFirstProcess } from './first-process.ts';

restoreFirstProcess();
