/** Every published month is in the record of what was published, so that it is frozen from then on. */
import type { Rule } from '../../rule.ts';
import { issueAt } from '../../rule.ts';

export const publishedRecordedRule: Rule = {
  name: 'published-recorded',
  description: 'every published month is in the record of what was published (data/published.yaml)',
  needs: ['units', 'indicators', 'published'],
  check: (context) => {
    const months = context.files.published[0]?.value.months ?? {};
    return context.files.report
      .filter((r) => r.value.status === 'published' && !(r.value.period in months))
      .map((r) =>
        issueAt(r.source, ['status'], `${r.value.period} 记入发布记录 data/published.yaml`, '还没有记录', {
          suggestion:
            '填完、检查无误后运行 npm run record-published（把这个月的数字加进 data/published.yaml），和这个月的文件一起提交',
          en: {
            expected: `${r.value.period} in the record data/published.yaml`,
            got: 'not recorded',
            suggestion: 'run npm run record-published and commit data/published.yaml with the month',
          },
        }),
      );
  },
};
