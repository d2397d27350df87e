/**
 * The "next up" summaries the home page shows: a small persisted cache the
 * planner keeps current, so the home page needs none of the engine.
 */
import { computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import './storage.ts';
import { decodeSummaries, soonestFirst, type NextUpSummary } from '../domain/ui/next-up.ts';
import { NEXT_UP_KEY } from './next-up-key.ts';

/** Plan id → its next step, as last computed by the planner. */
export const $nextUpSummaries = persistentAtom<Record<string, NextUpSummary>>(
  NEXT_UP_KEY,
  {},
  { encode: JSON.stringify, decode: decodeSummaries },
);

/** Every plan's next step, soonest first. */
export const $nextUpList = computed($nextUpSummaries, soonestFirst);
