import { describe, expect, it } from 'vitest';
import { ruleOnFile } from '../../../../test/support/tree.ts';
import { serviceQuartersRule } from './rules.ts';

const FILE = 'service/2005.yaml';
const service = ruleOnFile(serviceQuartersRule.name, FILE);
const fields = (issues: ReturnType<typeof service>) =>
  issues.map((i) => ({ line: i.line, field: i.field, expected: i.expected, got: i.got }));

describe('the service quarters rule', () => {
  it('passes the fixture quarters', () => {
    expect(service((t) => t)).toEqual([]);
  });

  it('rejects more complaints verified or resolved than received, and more 待岗 than verified', () => {
    const issues = service((t) =>
      t.replace(
        '{ received: 6, verified: 2, resolved: 5, suspensions: 1 }',
        '{ received: 6, verified: 7, resolved: 8, suspensions: 9 }',
      ),
    );
    expect(fields(issues)).toEqual([
      { line: 10, field: 'quarters[0].complaints.verified', expected: '不超过受理 6 件', got: '7 件' },
      { line: 10, field: 'quarters[0].complaints.resolved', expected: '不超过受理 6 件', got: '8 件' },
      { line: 10, field: 'quarters[0].complaints.suspensions', expected: '不超过查实 7 件', got: '9 件' },
    ]);
  });

  it('rejects a forum held without a date, or dated outside its quarter', () => {
    expect(fields(service((t) => t.replace('      date: 2005-03-25\n', '')))).toEqual([
      { line: 7, field: 'quarters[0].forum.held', expected: '召开了座谈会就写明日期（date）', got: '没有 date' },
    ]);
    expect(fields(service((t) => t.replace('date: 2005-03-25', 'date: 2005-04-02')))).toEqual([
      { line: 8, field: 'quarters[0].forum.date', expected: '2005 年第 1 季度内的日期', got: '2005-04-02' },
    ]);
  });

  it('rejects a quarter written twice', () => {
    const twice = (t: string) =>
      `${t}  - quarter: 1\n    forum: { held: false }\n    complaints: { received: 0, verified: 0, resolved: 0, suspensions: 0 }\n`;
    expect(fields(service(twice)).map((i) => [i.field, i.got])).toEqual([['quarters[1].quarter', '1']]);
  });
});
