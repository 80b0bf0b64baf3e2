/**
 * What every subcommand of the command line (scripts/board.ts) shares: its description (name,
 * audience, help, options), the set-up done once for all of them (the language, `--help`, reading the
 * arguments, loading the model with its error report, a period argument) and the exit codes:
 *
 *   0  done
 *   1  a data problem (data/ has errors, a file is missing or refused, a build or a step failed)
 *   2  a usage problem (unknown option, missing or malformed argument, a wrong BOARD_* setting)
 *
 * A subcommand is a function of its parsed arguments; it returns its exit code (or sets
 * process.exitCode when output may still be in a pipe) and never exits the process itself, so another
 * subcommand (month) can run it in the same process.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { t, type MessageKey, type PlainKey } from '../src/lib/messages/index.ts';
import type { Model } from '../src/lib/model/model.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';
import type { Issue } from '../src/lib/read/issue.ts';
import { isPeriod, type Period } from '../src/lib/schema/period.ts';

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/** Who runs a subcommand: docs/commands.md and `board --help` group them so. */
export type Audience = 'clerk' | 'operator' | 'developer';

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

export interface Command<O extends ParseArgsOptionsConfig = ParseArgsOptionsConfig> {
  /** As typed after `node scripts/board.ts`; the npm script of the same name (or its old one) runs it. */
  name: string;
  audience: Audience;
  /** What `--help` prints: usage line(s) and what it does, in the catalogue (Chinese and English). */
  help: MessageKey;
  /** Placeholders of the help text. */
  helpVars?: Record<string, string>;
  /** Its options (`--lang` and `--help` are every subcommand's). */
  options?: O;
  /** The npm script that runs it, where its name differs (`bench:excel`). */
  npmScript?: string;
  /** Words that are not options (a period, files, paths) are taken. */
  positionals?: boolean;
  /** Options it does not know pass through (finish-build takes astro's). */
  passThrough?: boolean;
  run(args: { values: Parsed<O>['values']; positionals: string[] }): Promise<number | void> | number | void;
}

/** Declares a subcommand, its options' types carried to `run`. */
export const defineCommand = <const O extends ParseArgsOptionsConfig>(command: Command<O>): Command => command;

/** Thrown to end a subcommand with an exit code, its lines already said (or said here on stderr). */
export class CommandExit extends Error {
  readonly code: number;
  readonly lines: string[];
  constructor(code: number, lines: string[] = []) {
    super(lines.join('\n'));
    this.code = code;
    this.lines = lines;
  }
}

/** Ends the subcommand as a usage problem (exit 2), saying `message`. */
export function usageError(message: string): never {
  throw new CommandExit(EXIT.usage, [message]);
}

/** Ends the subcommand as a data problem (exit 1), saying each line. */
export function dataProblem(...lines: string[]): never {
  throw new CommandExit(EXIT.data, lines);
}

/** `--lang en|zh` on the command line wins over BOARD_LANG: set before any message is said. */
export function useLangFlag(argv: readonly string[] = process.argv): void {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return;
  const [, inline] = argv[at]?.split('=') ?? [];
  const value = inline ?? argv[at + 1];
  if (value) process.env.BOARD_LANG = value;
}

/** The middle of the figures once sorted (the upper middle of an even count); NaN for none. */
export function median(figures: readonly number[]): number {
  return [...figures].sort((a, b) => a - b)[Math.floor(figures.length / 2)] ?? NaN;
}

/** A month argument (YYYY-MM), or a usage problem saying `usage`. */
export function periodArg(text: string | undefined, usage: PlainKey): Period {
  if (!isPeriod(text)) usageError(t(usage));
  return text;
}

/**
 * The model of a load, or a data problem: every issue (or only the errors) and the line that says what
 * to do first. Takes the result of loadData or of a dataLoader.
 */
export function modelOr(
  loaded: { model?: Model; issues: Issue[] },
  fixFirst: PlainKey,
  { errorsOnly = false } = {},
): Model {
  if (loaded.model) return loaded.model;
  const shown = errorsOnly ? loaded.issues.filter((i) => i.severity === 'error') : loaded.issues;
  return dataProblem(formatIssues(shown).join('\n'), t(fixFirst));
}

/**
 * A draft for the clerk to fill in (new-month, new-year), written and announced; never over a file that
 * exists. A draft that could not be made, or whose file exists, is a data problem.
 */
export function writeDraft<D extends { ok: true; file: string; text: string }>(
  draft: D | { ok: false; reason: string },
  say: { exists: (file: string) => string; written: (file: string) => string },
): D {
  if (!draft.ok) dataProblem(`✗ ${draft.reason}`);
  if (existsSync(draft.file)) dataProblem(say.exists(draft.file));
  mkdirSync(dirname(draft.file), { recursive: true });
  writeFileSync(draft.file, draft.text);
  console.log(say.written(draft.file));
  return draft;
}

/** The help of a subcommand: its own text, then what every subcommand takes and the exit codes. */
export const helpText = (command: Command): string =>
  [t(command.help, command.helpVars), '', t('cli.help.common')].join('\n');

/**
 * Runs a subcommand on its arguments (after its name): `--help`, arguments it cannot read (exit 2),
 * a CommandExit's code and lines. Returns the exit code; the process is left running.
 */
export async function runCommand(command: Command, args: readonly string[]): Promise<number> {
  useLangFlag(args);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...command.options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.positionals ?? command.passThrough ?? false,
      strict: !command.passThrough,
    });
  } catch (error) {
    console.error(t('cli.badArgs', { problem: (error as Error).message, command: command.npmScript ?? command.name }));
    return EXIT.usage;
  }
  if (parsed.values.help) {
    console.log(helpText(command));
    return EXIT.ok;
  }
  try {
    const code = await command.run(parsed);
    return code ?? Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (!(error instanceof CommandExit)) throw error;
    for (const line of error.lines) console.error(line);
    return error.code;
  }
}
