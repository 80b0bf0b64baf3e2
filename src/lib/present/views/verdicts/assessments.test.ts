import { describe, expect, it } from 'vitest';
import { assessmentModel, evenFigures } from '../../../../../test/support/assessment-models.ts';
import { report } from '../../../../../test/support/models.ts';
import { assessAll } from '../../../score/assessment.ts';
import { scoreBoard } from '../../../score/board.ts';
import { assessmentView } from './assessments.ts';

describe("an assessment page's quotes", () => {
  it('say they come from the year’s plan, never naming its data file', () => {
    const months = [1, 2, 3].map((m) => report(`2005-0${m}`, evenFigures(10 * m, 4 * m)));
    const board = scoreBoard(assessmentModel(months));
    const view = assessmentView(board, assessAll(board)[0]);
    expect(view.quotedFrom).toBe('摘自2005年目标任务计划');
  });
});
