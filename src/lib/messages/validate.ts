/** The validator's own words: the issue format, file places, required files, a rule that failed. */
import { defineMessages } from './catalogue.ts';

export const validateMessages = defineMessages({
  'validate.ruleFailed.expected': { zh: '检查“{rule}”正常完成', en: 'the check "{rule}" to finish' },
  'validate.ruleFailed.got': { zh: '检查“{rule}”自身出错：{error}', en: 'the check "{rule}" itself failed: {error}' },
  'validate.ruleFailed.suggestion': {
    zh: '这不是数据的错，其他检查照常进行：请把这一行告诉维护网站的同事',
    en: 'not a mistake in the data, and the other checks ran: report this line to the developers',
  },
});
