/** Places inside a group: ties share a place (1, 2, 2, 4); movement against last month. */
import { round } from './round.ts';

/**
 * The score as compared for ties: the percentage rounded to the plan's decimals exactly as it is
 * printed, so two units tie precisely when their printed 完成率 are the same.
 */
export function tieKey(score: number, decimals: number): number {
  return round(score * 100, decimals);
}

/**
 * Standard competition ranking: a unit's place is 1 + the number of units with a strictly higher
 * (rounded) score. Returns places in the input order; null scores get null.
 */
export function competitionRanks(scores: Array<number | null>, decimals: number): Array<number | null> {
  const keys = scores.map((s) => (s === null ? null : tieKey(s, decimals)));
  return keys.map((key) => (key === null ? null : 1 + keys.filter((other) => other !== null && other > key).length));
}

export type Movement = 'up' | 'down' | 'same';

/** A place's change against last month: which way, and by how many places. */
export interface RankChange {
  movement: Movement;
  by: number;
}

/** 较上月: 进位 (up) when the place number fell, 退位 (down) when it rose, 持平 (same). */
export function rankMovement(rank: number | null, previousRank: number | null): RankChange | null {
  if (rank === null || previousRank === null) return null;
  if (rank < previousRank) return { movement: 'up', by: previousRank - rank };
  if (rank > previousRank) return { movement: 'down', by: rank - previousRank };
  return { movement: 'same', by: 0 };
}
