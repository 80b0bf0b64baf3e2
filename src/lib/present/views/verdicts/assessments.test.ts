import { describe, expect, it } from 'vitest';
import { assessmentModel } from '../../../../../test/support/assessment-models.ts';
import { report } from '../../../../../test/support/models.ts';
import { assessAll } from '../../../score/assessment.ts';
import { scoreBoard } from '../../../score/board.ts';
import { assessmentView } from './assessments.ts';

describe("an assessment page's quotes", () => {
  it('say they come from the year’s plan, never naming its data file', () => {
    const figures = (c: number, a: number) => ({
      t1: { c, a },
      t2: { c, a },
      t3: { c },
      t4: { c, a },
      t5: { c, a },
      d1: { c: c / 2 },
    });
    const months = [1, 2, 3].map((m) => report(`2005-0${m}`, figures(10 * m, 4 * m)));
    const board = scoreBoard(assessmentModel(months));
    const view = assessmentView(board, assessAll(board)[0]);
    expect(view.quotedFrom).toBe('摘自2005年目标任务计划');
  });
});
