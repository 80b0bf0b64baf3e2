/**
 * Every image the build makes, by file under /images/: a PNG and an SVG per broadcast slide and a
 * WeChat long image for every published month, a PNG and an SVG of every chart (chart-files.ts),
 * a 1200×630 link preview per month, unit and check.
 * An address, once published, stays for good: a picture shared on WeChat in December still opens in
 * January (test/permanence.test.ts compares the build of last month's data with today's). Pictures
 * are cached by content (render.ts), so a month's build draws only the new month and the cards whose
 * figures changed; a cold build draws them all. src/build/pictures.ts puts this list into dist/ once the
 * pages are written (and draws a picture when `astro dev` asks for it); pages link through
 * src/lib/present/urls.ts.
 */
import type { Board } from '../score/board.ts';
import { chartImageUrl, longImageUrl, previewImageUrl, slideImageUrl } from '../present/urls.ts';
import { chartFiles } from '../present/views/media/chart-files.ts';
import { chartPicture } from './chart-picture.ts';
import { previewCards } from '../present/views/media/preview.ts';
import { slidesView } from '../present/views/media/slides.ts';
import { longPictures } from './long-picture.ts';
import { previewPicture } from './preview-picture.ts';
import type { Picture } from './render.ts';
import { slidePicture } from './slide-picture.ts';

export interface ImageFile {
  /** The path under /images/, e.g. slides/2005-03-summary.png. */
  file: string;
  format: 'png' | 'svg';
  picture: () => Picture;
  /** For an earlier address kept for good: the file whose picture it shows (one drawing serves both). */
  aliasOf?: string;
}

const underImages = (url: string) => url.replace(/^\/images\//, '');

export function imageFiles(board: Board): ImageFile[] {
  const files: ImageFile[] = [];
  for (const period of board.periods) {
    const view = slidesView(board, period);
    const ids = new Set(view.slides.map((s) => s.id));
    view.slides.forEach((slide, i) => {
      // A slide's own address, and the addresses its groups' slides had before (published, so kept).
      const earlier = slide.kind === 'group' ? slide.earlierIds.filter((id) => !ids.has(id)) : [];
      for (const id of [slide.id, ...earlier])
        for (const format of ['png', 'svg'] as const)
          files.push({
            file: underImages(slideImageUrl(period.period, id, format)),
            format,
            picture: () => slidePicture(view, slide, i),
            ...(id !== slide.id && { aliasOf: underImages(slideImageUrl(period.period, slide.id, format)) }),
          });
    });
    longPictures(board, period).forEach((picture, i) =>
      files.push({ file: underImages(longImageUrl(period.period, i + 1)), format: 'png', picture: () => picture }),
    );
  }
  for (const chart of chartFiles(board))
    for (const format of ['png', 'svg'] as const)
      files.push({ file: underImages(chartImageUrl(chart.id, format)), format, picture: () => chartPicture(chart) });
  for (const card of previewCards(board))
    files.push({ file: underImages(previewImageUrl(card.name)), format: 'png', picture: () => previewPicture(card) });
  return files;
}
