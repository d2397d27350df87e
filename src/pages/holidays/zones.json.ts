/**
 * /holidays/zones.json: the default region for each time zone, loaded with the
 * first plan that leaves the region on "automatic".
 */
import type { APIRoute } from 'astro';
import { zoneRegions } from '../../lib/holidays/region-tables.ts';

export const GET: APIRoute = () => Response.json({ v: 1, zones: zoneRegions() });
