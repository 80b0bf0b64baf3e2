/**
 * The language of messages: Chinese (zh-CN) for the clerks who read them; English for developers
 * who set BOARD_LANG=en (the command line also takes `--lang en`, which sets it: scripts/cli.ts). A
 * message's language is chosen when the issue is made, so everything downstream (text, GitHub
 * annotations, JSON) agrees.
 */
import { langSetting } from '../config.ts';
import type { Lang } from './catalogue.ts';

export type { Lang };

/** The language BOARD_LANG asks for (read in ../config.ts, like every setting); Chinese by default. */
export const messageLang = (): Lang => langSetting();
