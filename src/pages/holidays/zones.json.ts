/**
 * /holidays/zones.json: the default region for each time zone, loaded with the
 * first plan that leaves the region on "automatic".
 */
import type { APIRoute } from 'astro';
import { holidayFiles } from '../../lib/holidays/holiday-files.ts';

export const GET: APIRoute = async () => Response.json({ v: 1, zones: (await holidayFiles()).zones });
