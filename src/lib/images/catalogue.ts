/**
 * Every image the build makes, by file under /images/: a PNG and an SVG per broadcast slide and a
 * WeChat long image for the latest month, a 1200×630 link preview per page that has one (scope.ts
 * says why not more). The endpoint
 * src/pages/images/[...file].ts serves this list; pages link through src/lib/present/urls.ts.
 */
import type { Board } from '../score/board.ts';
import { longImageUrl, previewImageUrl, slideImageUrl } from '../present/urls.ts';
import { previewCards } from '../present/views/media/preview.ts';
import { slidesView } from '../present/views/media/slides.ts';
import { longPicture } from './long-picture.ts';
import { previewPicture } from './preview-picture.ts';
import type { Picture } from './render.ts';
import { drawsSlideImages } from '../present/views/media/image-scope.ts';
import { slidePicture } from './slide-picture.ts';

export interface ImageFile {
  /** The path under /images/, e.g. slides/2005-03-summary.png. */
  file: string;
  format: 'png' | 'svg';
  picture: () => Picture;
}

const underImages = (url: string) => url.replace(/^\/images\//, '');

export function imageFiles(board: Board): ImageFile[] {
  const files: ImageFile[] = [];
  for (const period of board.periods) {
    if (drawsSlideImages(board, period.period)) {
      const view = slidesView(board, period);
      view.slides.forEach((slide, i) => {
        for (const format of ['png', 'svg'] as const)
          files.push({
            file: underImages(slideImageUrl(period.period, slide.id, format)),
            format,
            picture: () => slidePicture(view, slide, i),
          });
      });
    }
    if (drawsSlideImages(board, period.period))
      files.push({
        file: underImages(longImageUrl(period.period)),
        format: 'png',
        picture: () => longPicture(board, period),
      });
  }
  for (const card of previewCards(board))
    files.push({ file: underImages(previewImageUrl(card.name)), format: 'png', picture: () => previewPicture(card) });
  return files;
}
