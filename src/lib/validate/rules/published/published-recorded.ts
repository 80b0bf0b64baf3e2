/** Every published month is in the record of what was published, so that it is frozen from then on. */
import type { Rule } from '../../rule.ts';
import { issueAt } from '../../rule.ts';
import { t } from '../../../messages/index.ts';

export const publishedRecordedRule: Rule = {
  name: 'published-recorded',
  description: 'every published month is in the record of what was published (data/published.yaml)',
  needs: ['units', 'indicators', 'published'],
  check: (context) => {
    const months = context.files.published[0]?.value.months ?? {};
    return context.files.report
      .filter((r) => r.value.status === 'published' && !(r.value.period in months))
      .map((r) =>
        issueAt(
          r.source,
          ['status'],
          t('published.recorded', { period: r.value.period }),
          t('published.recorded.got'),
          { suggestion: t('published.recorded.suggestion') },
        ),
      );
  },
};
