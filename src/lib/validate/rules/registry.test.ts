import { describe, expect, it } from 'vitest';
import { raisedBy, validateMinimal } from '../../../../test/support/tree.ts';
import { registryRule } from './registry.ts';
import { inEnglish } from '../../../../test/support/lang.ts';

const units = (change: (text: string) => string) =>
  raisedBy(validateMinimal({ 'units.yaml': change }), registryRule.name);

describe('the registry rule', () => {
  // These check each rule's English (for developers); the Chinese every clerk reads is pinned by test/bad-inputs/.
  inEnglish();

  it('passes the fixture registry', () => {
    expect(units((t) => t)).toEqual([]);
  });

  it('rejects a unit id used twice', () => {
    expect(units((t) => t.replace('id: gangqu', 'id: kaifaqu'))).toEqual([
      'error data/units.yaml:14 units[1].id: a unit id used once / "kaifaqu" again',
    ]);
  });

  it('rejects a unit in a group that does not exist, suggesting the nearest', () => {
    const issues = validateMinimal({
      'units.yaml': (t) =>
        t.replace(
          'group: towns, activeFrom: 2004 }\n  - { id: yuhua',
          'group: town, activeFrom: 2004 }\n  - { id: yuhua',
        ),
    });
    expect(issues.filter((i) => i.rule === 'registry').map((i) => i.suggestion)).toEqual(['did you mean "towns"?']);
  });

  it('rejects active years in the wrong order', () => {
    expect(
      units((t) =>
        t.replace(
          'group: towns, activeFrom: 2004 }\n  - { id: yuhua',
          'group: towns, activeFrom: 2004, activeUntil: 2003 }\n  - { id: yuhua',
        ),
      ),
    ).toEqual(['error data/units.yaml:15 units[2].activeUntil: a year ≥ activeFrom (2004) / 2003']);
  });

  it('rejects a merger from a unit that is still active', () => {
    const issues = units((t) =>
      t.replace('activeFrom: 2005, note: 2005 年新设。', 'activeFrom: 2005, mergedFrom: [waijing]'),
    );
    expect(issues).toEqual([
      'error data/units.yaml:19 units[6].mergedFrom[0]: a unit that ended before 2005 (activeUntil ≤ 2004) / "waijing" (still active)',
    ]);
  });
});
