import { describe, expect, it } from 'vitest';
import { articleMeta } from '../src/lib/article-meta';
import { pageModified } from '../src/lib/cite';
import { lastModified, recordLastModified } from '../src/lib/last-modified';

/** When a page last changed, as the sitemap's <lastmod>, JSON-LD's dateModified and article:modified_time say it. */
describe('when a brief page last changed', () => {
	const revised = { date: '2020-01-01', updated: '2020-01-03' };

	it('is the brief’s last revision, or a later one of the translation the page shows', () => {
		expect(pageModified(revised)).toBe('2020-01-03');
		expect(pageModified(revised, '2020-01-05')).toBe('2020-01-05');
		expect(pageModified(revised, '2020-01-02')).toBe('2020-01-03');
		expect(pageModified({ date: '2020-01-01' }, '2020-01-01')).toBe('2020-01-01');
	});

	it('gives a translated page its translation’s date in the sitemap, its untranslated twins and the listings the briefs’ own', () => {
		recordLastModified(
			[
				{ id: '2020-01-01-fictional', brief: revised },
				{ id: '2020-01-02-fictional', brief: { date: '2020-01-02' } },
			],
			[
				{ slug: '2020-01-01-fictional', translation: { lang: 'uk', translated: '2020-01-05' } },
				// A translation the checker refused gives no date.
				{ slug: '2020-01-02-fictional' },
			],
		);
		expect(lastModified('/uk/briefs/2020-01-01-fictional/')).toBe('2020-01-05');
		expect(lastModified('/briefs/2020-01-01-fictional/')).toBe('2020-01-03');
		expect(lastModified('/uk/briefs/2020-01-02-fictional/')).toBe('2020-01-02');
		expect(lastModified('/')).toBe('2020-01-03');
		expect(lastModified('/uk/briefs/')).toBe('2020-01-03');
		expect(lastModified('/about/')).toBeUndefined();
	});

	it('is what a translated page’s meta tags say', () => {
		const brief = { ...revised, title: 'Вигадана довідка', summary: 'Вигадано.', tags: [] };
		const context = { url: 'https://briefs.example/uk/briefs/2020-01-01-fictional/', publisher: 'Довідки', language: 'uk', license: 'https://example.org/licence' };
		const content = (key: string, tags: ReturnType<typeof articleMeta>) => tags.find((tag) => tag.key === key)?.content;
		expect(content('article:modified_time', articleMeta(brief, context))).toBe('2020-01-03');
		expect(content('article:modified_time', articleMeta(brief, { ...context, modified: '2020-01-05' }))).toBe('2020-01-05');
		expect(content('citation_online_date', articleMeta(brief, { ...context, modified: '2020-01-05' }))).toBe('2020/01/05');
	});
});
