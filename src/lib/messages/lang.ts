/**
 * The language of messages: Chinese (zh-CN) for the clerks who read them; English for developers
 * who set BOARD_LANG=en (scripts also take `--lang en`, which sets it). A message's language is
 * chosen when the issue is made, so everything downstream (text, GitHub annotations, JSON) agrees.
 */
import { langSetting } from '../config.ts';
import type { Lang } from './catalogue.ts';

export type { Lang };

/** The language BOARD_LANG asks for (read in ../config.ts, like every setting); Chinese by default. */
export const messageLang = (): Lang => langSetting();

/** The command-line arguments after the script's name, without `--lang en|zh` (which useLangFlag reads). */
export function argsWithoutLang(argv: readonly string[] = process.argv): string[] {
  const args = argv.slice(2);
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return args;
  return [...args.slice(0, at), ...args.slice(at + (args[at].includes('=') ? 1 : 2))];
}

/** For scripts: `--lang en|zh` on the command line wins over the environment. */
export function useLangFlag(argv: readonly string[] = process.argv): void {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return;
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (value) process.env.BOARD_LANG = value;
}
