import { describe, expect, it } from 'vitest';
import { raisedBy, validateMinimal } from '../../../../test/support/tree.ts';
import { planRule } from './plan.ts';
import { inEnglish } from '../../../../test/support/lang.ts';

const plan = (change: (text: string) => string) =>
  raisedBy(validateMinimal({ 'plans/2005.yaml': change }), planRule.name);

describe('the plan rule', () => {
  // These check each rule's English (for developers); the Chinese every clerk reads is pinned by test/bad-inputs/.
  inEnglish();

  it('passes the fixture plan', () => {
    expect(plan((t) => t)).toEqual([]);
  });

  it('rejects a year that disagrees with the file name', () => {
    expect(plan((t) => t.replace(/^year: 2005/m, 'year: 2006'))).toEqual([
      expect.stringMatching(/^error data\/plans\/2005\.yaml:\d+ year: the year in the file name \(2005\) \/ 2006$/),
    ]);
  });

  it('rejects a 力争 target at or below the 确保 target', () => {
    expect(plan((t) => t.replace('{ base: 1000, stretch: 1500 }', '{ base: 1000, stretch: 900 }'))).toEqual([
      'error data/plans/2005.yaml:19 targets[0].contracted.stretch: a 力争 target above the 确保 target (1000) / 900',
    ]);
  });

  it('rejects a target for a unit that does not exist', () => {
    expect(plan((t) => t.replace('{ unit: gangqu,', '{ unit: ganqu,'))).toEqual([
      'error data/plans/2005.yaml:20 targets[1].unit: a unit id from data/units.yaml / "ganqu"',
    ]);
  });

  it('rejects a unit given targets twice', () => {
    expect(plan((t) => t.replace('{ unit: gangqu,', '{ unit: kaifaqu,'))).toEqual([
      'error data/plans/2005.yaml:20 targets[1].unit: each unit once in targets / "kaifaqu" again',
    ]);
  });
});
