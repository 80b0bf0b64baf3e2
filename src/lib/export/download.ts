/**
 * What the catalogue of downloads (downloads.ts) knows of a file and of a kind of file. Its own file,
 * so that a ledger kind's folder (src/lib/ledger/<kind>/export.ts) can describe its downloads without
 * importing the catalogue.
 */
import type { UnitId } from '../schema/common.ts';
import type { Model } from '../model/model.ts';
import type { Board } from '../score/board.ts';
import type { CONTENT_TYPES } from './csv.ts';

export type DownloadFormat = keyof typeof CONTENT_TYPES;

/** A file the site offers; `Kind` is the catalogue's kind ids (downloads.ts: `Download`). */
export interface DownloadOf<Kind extends string> {
  kind: Kind;
  format: DownloadFormat;
  /** The file's address: /data/rankings-2005-03.csv. */
  href: string;
  /** A short Chinese description, e.g. 2005年3月 镇. */
  label: string;
  period?: string;
  year?: number;
  group?: string;
  unit?: UnitId;
  /** A check of the year's plan (assessment downloads). */
  check?: string;
}

/** A file as its kind lists it (the catalogue adds the kind). */
export type Listed = Omit<DownloadOf<string>, 'kind'>;

export interface DownloadKind {
  /** The file names, as README.txt lists them: rankings-YYYY-MM.csv / .json. */
  names: string;
  /** What the files hold, for README.txt. */
  about: (model: Model) => string;
  list: (board: Board) => Listed[];
  /** Text, or the bytes of a binary file (a workbook), which take a moment to write. */
  body: (board: Board, download: DownloadOf<string>) => string | Promise<Uint8Array<ArrayBuffer>>;
}

export const bothFormats = (make: (format: 'csv' | 'json') => Listed): Listed[] => [make('csv'), make('json')];
