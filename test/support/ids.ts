/**
 * Ids for models that tests build by hand. The data reader brands ids as it checks them (schema/common.ts);
 * a test that writes a model literally brands its ids here, and nowhere else.
 */
import type { GroupId, IndicatorId, Period, UnitId } from '../../src/lib/schema/common.ts';

export const asUnit = (id: string) => id as UnitId;
export const asGroup = (id: string) => id as GroupId;
export const asIndicator = (id: string) => id as IndicatorId;
/** A period written YYYY-MM in a test (periodOf(year, month) needs no helper). */
export const asPeriod = (text: string) => text as Period;
