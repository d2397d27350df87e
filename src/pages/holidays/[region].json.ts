/**
 * /holidays/<region>.json: one region's public holidays, derived at build time
 * (src/lib/holidays/region-tables.ts) and fetched by the planner only for the
 * region a plan uses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { holidayYears, regionIds, regionTable } from '../../lib/holidays/region-tables.ts';

export const getStaticPaths = (() => regionIds().map((region) => ({ params: { region } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(regionTable(params['region'] ?? '', holidayYears()));
