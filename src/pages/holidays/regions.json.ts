/**
 * /holidays/regions.json: the countries and subdivisions the planner offers,
 * loaded when the user changes the region.
 */
import type { APIRoute } from 'astro';
import { holidayFiles } from '../../lib/holidays/holiday-files.ts';

export const GET: APIRoute = async () => Response.json((await holidayFiles()).index);
