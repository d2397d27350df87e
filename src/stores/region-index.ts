/**
 * The region picker's list of countries and subdivisions, fetched the first
 * time the user opens the picker (and again after a failure).
 */
import { atom } from 'nanostores';
import type { Loaded } from '../domain/holidays/loading.ts';
import { readRegionIndex, type RegionIndex } from '../domain/holidays/region-index.ts';
import { fetchJson } from './holidays.ts';

/** The picker's countries and subdivisions. */
export const $regionIndex = atom<Loaded<RegionIndex> | undefined>(undefined);

/** Loads the picker's list once (again after a failure). */
export function loadRegionIndex(): void {
  const now = $regionIndex.get();
  if (now !== undefined && now !== 'failed') return;
  $regionIndex.set('loading');
  void fetchJson('regions.json', readRegionIndex).then((value) => $regionIndex.set(value));
}
