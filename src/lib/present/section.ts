/**
 * A section of the site (sections.ts lists them) and what an optional ledger kind adds to the site
 * beyond its pages: its section and its paragraph of the methodology. Their own file, so that a
 * kind's folder (src/lib/ledger/<kind>/views.ts) can say them without importing the lists.
 */
import type { Model } from '../model/model.ts';
import type { Board } from '../score/board.ts';

export interface Section {
  href: string;
  /** The name in the navigation. */
  label: string;
  /** What is there, in a few words (404 page, home page). */
  summary: string;
  /** A section shown only when the board has its data (the ledger's files are optional). */
  when?: (model: Model) => boolean;
  /** A name that comes from the data (e.g. the cooperation tracker's title), instead of `label`. */
  labelOf?: (model: Model) => string;
  /** false: listed on the home page and the 404 page, but not in the top navigation (kept short for phones). */
  inNav?: boolean;
}

/** A paragraph of /methodology/: how a ledger kind's sums are made. */
export interface MethodParagraph {
  title: string;
  lines: string[];
}

export interface LedgerPresentation {
  /** Listed after 对比 and before 数据下载, in the order of the kinds. */
  section: Section;
  /** Its paragraph of /methodology/, none when the board has no such file. */
  method: (board: Board) => MethodParagraph | undefined;
}
