import { describe, expect, it } from 'vitest';
import { isCurrentSection, pageTitle, SITE_NAME } from './site';

describe('pageTitle', () => {
  it('appends the site name to a page title', () => {
    expect(pageTitle('Guides')).toBe(`Guides · ${SITE_NAME}`);
  });
  it('uses the bare site name for the home page', () => {
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
  });
});

describe('isCurrentSection', () => {
  it('marks a guide as inside the guides section', () => {
    expect(isCurrentSection('/guides/checking-in/', '/guides/')).toBe(true);
  });
  it('treats a path without a trailing slash like one with it', () => {
    expect(isCurrentSection('/plan', '/plan/')).toBe(true);
  });
  it('does not mark the planner as inside the guides section', () => {
    expect(isCurrentSection('/plan/', '/guides/')).toBe(false);
  });
});
