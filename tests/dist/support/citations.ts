/**
 * Reads a built guide page and reports every figure it cites, and every way
 * its citations fall short: a number shown without a survey link, a link to a
 * survey the data does not know, a caption missing the publisher, date or
 * sample, a number the cited survey never gave, or a claim the fact sheet
 * marks untraceable (src/domain/evidence.ts). Example messages (<pre>) are the
 * reader's own words and are not claims of the site, so they are skipped.
 */
import { FIGURES, SURVEYS, UNTRACEABLE, type Survey } from '../../../src/domain/evidence.ts';
import { attributeValues, decodeAttr } from './built-site.ts';

/** A number presented as a statistic: "80%", "33 per cent", "one in three". */
const STATISTIC =
  /\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of) (?:three|four|five|six|seven|eight|nine|ten|\d+)\b/gi;

/** What one page cites, and what is wrong with it. */
export interface CitationReport {
  /** One line per problem, saying where and what. */
  problems: string[];
  /** Surveys cited on the page, once per citation (figure block or table row). */
  cited: Survey['id'][];
  /** Every percentage shown with a citation, as "value (survey id)". */
  figures: string[];
}

const surveyByUrl = new Map(Object.values(SURVEYS).map((s): [string, Survey] => [s.url, s]));

/** Visible text of a fragment: tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return decodeAttr(html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The percentages a survey's figures state, value or sentence alike. */
function percentagesOf(survey: Survey): Set<string> {
  const text = Object.values(FIGURES)
    .filter((f) => f.survey === survey.id)
    .map((f) => `${f.value} ${f.says}`)
    .join(' ');
  return new Set(text.match(/\d+%/g));
}

/** Checks one cited block (a figure, or a table row): one known survey link, a full caption, only its numbers. */
function checkCitedBlock(block: string, where: string, report: CitationReport): void {
  const links = attributeValues(block, 'href').filter((href) => /^https?:/.test(href));
  const text = textOf(block);
  const surveys = links.map((href) => surveyByUrl.get(href));
  if (links.length !== 1 || !surveys[0]) {
    report.problems.push(`${where}: "${text.slice(0, 80)}" needs exactly one link to a known survey, has ${links.join(', ') || 'none'}`);
    return;
  }
  const survey = surveys[0];
  const caption = textOf(/<(figcaption|th)\b[^>]*>([\s\S]*?)<\/\1>/.exec(block)?.[2] ?? block);
  for (const part of [survey.publisher, survey.date, survey.sample]) {
    if (!caption.includes(part)) report.problems.push(`${where}: citation of ${survey.id} does not show "${part}"`);
  }
  const known = percentagesOf(survey);
  for (const value of text.match(/\d+%/g) ?? []) {
    if (!known.has(value)) report.problems.push(`${where}: ${value} is not a figure ${survey.id} gave`);
    report.figures.push(`${value} (${survey.id})`);
  }
  report.cited.push(survey.id);
}

/** Checks the citations on one built guide page. */
export function checkCitations(html: string, where: string): CitationReport {
  const report: CitationReport = { problems: [], cited: [], figures: [] };
  // The article of a guide; on the index, the main content.
  const start = html.indexOf('<div class="prose guide-body">');
  const end = html.indexOf('<div class="guide-end">', start);
  let body =
    start >= 0
      ? html.slice(start, end >= 0 ? end : undefined)
      : (/<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? html);
  body = body.replace(/<pre\b[\s\S]*?<\/pre>/g, ' ');

  body = body.replace(/<figure class="evidence">[\s\S]*?<\/figure>/g, (block) => {
    checkCitedBlock(block, where, report);
    return ' ';
  });
  body = body.replace(/<tr>[\s\S]*?<\/tr>/g, (row) => {
    if (new RegExp(STATISTIC.source, 'i').test(textOf(row)) || /href="https?:/.test(row)) {
      checkCitedBlock(row, where, report);
      return ' ';
    }
    return row;
  });

  const rest = textOf(body);
  for (const match of rest.matchAll(STATISTIC)) {
    const at = match.index;
    report.problems.push(`${where}: figure without a citation: "…${rest.slice(Math.max(0, at - 50), at + 30)}…"`);
  }
  for (const href of attributeValues(body, 'href').filter((h) => /^https?:/.test(h))) {
    report.problems.push(`${where}: link to another site outside a citation: ${href}`);
  }
  const pageText = textOf(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' '));
  for (const u of UNTRACEABLE) {
    if (u.pattern.test(pageText)) report.problems.push(`${where}: repeats an untraceable claim: ${u.claim} (${u.why})`);
  }
  return report;
}
