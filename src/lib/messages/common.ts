/** Words shared by several areas. */
import { defineMessages } from './catalogue.ts';

export const commonMessages = defineMessages({
  'common.yes': { zh: '是', en: 'yes' },
  'common.no': { zh: '否', en: 'no' },
  /** Between the items of a list: 甲、乙、丙 / a, b, c. */
  'common.listSeparator': { zh: '、', en: ', ' },
  /** A value the clerk wrote, quoted. */
  'common.quoted': { zh: '“{value}”', en: '"{value}"' },
  'common.nothing': { zh: '没有写', en: 'nothing' },
  'common.usedAgain': { zh: '“{value}”又用了一次', en: '"{value}" again' },
  'common.didYouMean': { zh: '是不是要写“{value}”？', en: 'did you mean "{value}"?' },
});
