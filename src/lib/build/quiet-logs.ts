/**
 * Build-time only, for astro.config.mjs: Rolldown's logs, less one warning that says nothing
 * about this site. Rolldown warns (MODULE_LEVEL_DIRECTIVE, with a code frame) that Astro's own
 * marker on every MDX page's asset module, "use astro:head-inject", may not survive bundling:
 * 18 warnings a build, one per guide. Astro reads the marker before bundling
 * (withastro/astro#18087, open; Starlight's build prints it too). Every other log goes on to
 * `handler`, this code's included.
 */
export function quietLogs<Level, Log extends { code?: string; message: string }>(
  level: Level,
  log: Log,
  handler: (level: Level, log: Log) => void,
): void {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}
