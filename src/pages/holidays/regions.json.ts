/**
 * /holidays/regions.json: the countries and subdivisions the planner offers,
 * loaded when the user changes the region.
 */
import type { APIRoute } from 'astro';
import { regionIndex } from '../../lib/holidays/region-index.ts';

export const GET: APIRoute = () => Response.json(regionIndex());
