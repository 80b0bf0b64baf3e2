import { describe, expect, it } from 'vitest';
import { raisedBy, ruleOnFile, validateMinimal } from '../../../../test/support/tree.ts';
import { reportUnitsRule } from './report-units.ts';
import { inEnglish } from '../../../../test/support/lang.ts';

const FEB = 'reports/2005/2005-02.yaml';
const feb = ruleOnFile(reportUnitsRule.name, FEB);

describe('the report units rule', () => {
  // These check each rule's English (for developers); the Chinese every clerk reads is pinned by test/bad-inputs/.
  inEnglish();

  it('passes the fixture reports', () => {
    expect(feb((t) => t)).toEqual([]);
  });

  it('refuses a figure with more decimals than its indicator has, naming the allowed decimals', () => {
    const oneDecimal = (t: string) => t.replace(/decimals: 0/, 'decimals: 1');
    const issues = validateMinimal({
      'indicators.yaml': oneDecimal,
      [FEB]: (t) => t.replace('contracted: 70', 'contracted: 70.25').replace('contracted: 150', 'contracted: 150.5'),
    }).filter((i) => i.rule === reportUnitsRule.name);
    expect(issues.map((i) => [i.field, i.expected, i.got])).toEqual([
      ['units[3].contracted', 'at most 1 decimals for 合同利用外资 (decimals: 1 in data/indicators.yaml)', '70.25'],
    ]);
  });

  it("suggests a unit's id when its name was written", () => {
    const issues = feb((t) => t.replace('unit: gangqu', 'unit: 港区'));
    expect(issues.map((i) => [i.field, i.got, i.suggestion])).toEqual([
      ['units[1].unit', '"港区"', 'write the unit\'s id: "gangqu" (港经济开发区)'],
    ]);
  });

  it('rejects a report that leaves an active unit out', () => {
    const issues = raisedBy(
      validateMinimal({ [FEB]: (t) => t.replace('  - unit: yuhua\n    contracted: 70\n    actual: 28\n', '') }),
      reportUnitsRule.name,
    );
    expect(issues).toEqual([
      'error data/reports/2005/2005-02.yaml:7 units: an entry for every unit active in 2005 / no entry for "yuhua" (裕华镇)',
    ]);
  });

  it('asks for a unit that starts by month (activeFrom: 2005-02) from that month on, not in the month before', () => {
    const startsInFebruary = (t: string) => t.replace('activeFrom: 2005, note', 'activeFrom: 2005-02, note');
    const withoutZhaoshang = (t: string) => t.replace(/ {2}- unit: zhaoshang\n( {4}.*\n)+/, '');
    const JAN = 'reports/2005/2005-01.yaml';
    const january = raisedBy(
      validateMinimal({ 'units.yaml': startsInFebruary, [JAN]: withoutZhaoshang }),
      reportUnitsRule.name,
    );
    expect(january).toEqual([]);
    const february = raisedBy(
      validateMinimal({ 'units.yaml': startsInFebruary, [JAN]: withoutZhaoshang, [FEB]: withoutZhaoshang }),
      reportUnitsRule.name,
    );
    expect(february).toHaveLength(1);
    expect(february[0]).toMatch(/^error data\/reports\/2005\/2005-02\.yaml:\d+ units: .* \/ no entry for "zhaoshang"/);
  });

  it('rejects figures for a unit marked 未报送', () => {
    const issues = feb((t) => t.replace('status: 未报送', 'status: 未报送\n    contracted: 5'));
    expect(issues.map((i) => `${i.field}: ${i.expected}`)).toEqual([
      'units[4].contracted: no figures for a unit marked 未报送',
    ]);
  });

  it('lets a draft hold blanks (a warning) but not a published month (an error)', () => {
    const blank = (t: string) => t.replace('contracted: 70', 'contracted:');
    expect(feb((t) => blank(t).replace('status: published', 'status: draft')).map((i) => i.severity)).toEqual([
      'warning',
    ]);
    expect(feb(blank).map((i) => i.severity)).toEqual(['error']);
  });
});
