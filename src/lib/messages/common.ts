/** Words shared by several areas. */
import { defineMessages } from './catalogue.ts';

export const commonMessages = defineMessages({
  'common.yes': { zh: '是', en: 'yes' },
  'common.no': { zh: '否', en: 'no' },
});
