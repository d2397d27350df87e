import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OFFLINE_STYLE, offlinePage, titleOf } from './offline-page.ts';

describe('offlinePage', () => {
  const saved = [
    { path: '/plan/', title: 'Plan your follow-up' },
    { path: '/guides/thank-you-email/', title: 'The thank-you email' },
    { path: '/guides/checking-in/', title: 'Checking in' },
  ];

  it('lists saved guides, then other pages, each by title and linked', () => {
    const html = offlinePage({ requested: '/guides/', saved, searchSaved: false });
    expect(html).toMatch(
      /<h2>Guides<\/h2><ul><li><a href="\/guides\/checking-in\/">Checking in<\/a><\/li><li><a href="\/guides\/thank-you-email\/">/,
    );
    expect(html).toContain('<h2>Other pages</h2><ul><li><a href="/plan/">Plan your follow-up</a></li></ul>');
    expect(html).toContain('<a href="/guides/">Try again</a>');
  });

  it('says when nothing is saved yet, and how pages get saved', () => {
    const html = offlinePage({ requested: '/', saved: [], searchSaved: false });
    expect(html).toContain('nothing is saved on this device yet');
    expect(html).not.toContain('<h2>');
  });

  it('says whether search works offline', () => {
    expect(offlinePage({ requested: '/', saved, searchSaved: true })).toContain('Search works offline too.');
    expect(offlinePage({ requested: '/', saved, searchSaved: false })).toContain('after you have searched once');
  });

  it('escapes titles and addresses, so a page title can never become markup', () => {
    const html = offlinePage({
      requested: '/x"><script>',
      saved: [{ path: '/guides/a/', title: '<img src=x onerror=alert(1)> & more' }],
      searchSaved: false,
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('"><script>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; more');
  });

  it('has one style element, whose text is the hashed OFFLINE_STYLE, and no script', () => {
    const html = offlinePage({ requested: '/', saved, searchSaved: false });
    expect([...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1])).toEqual([OFFLINE_STYLE]);
    expect(html).not.toContain('<script');
    expect(createHash('sha256').update(OFFLINE_STYLE).digest('base64')).toHaveLength(44);
  });
});

describe('titleOf', () => {
  it("reads a page's title without the site name", () => {
    expect(titleOf('<title>Checking in · Follow Through</title>', '/guides/checking-in/')).toBe('Checking in');
    expect(titleOf('<title>Tom &amp; Jerry&#39;s guide</title>', '/x/')).toBe("Tom & Jerry's guide");
  });

  it('falls back to the path when there is no title', () => {
    expect(titleOf('<p>no head</p>', '/guides/x/')).toBe('/guides/x/');
  });
});
