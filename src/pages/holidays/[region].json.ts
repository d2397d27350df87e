/**
 * /holidays/<region>.json: one region's public holidays, derived at build time
 * (src/lib/holidays/region-tables.ts, kept between builds by holiday-files.ts)
 * and fetched by the planner only for the region a plan uses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { holidayFiles } from '../../lib/holidays/holiday-files.ts';

export const getStaticPaths = (async () =>
  Object.entries((await holidayFiles()).tables).map(([region, table]) => ({
    params: { region },
    props: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['table']);
