import { expect, it } from 'vitest';
import { countedDigest, listingDigest, pagesKeyedOnTheirBriefs, type ListedBrief } from '../src/lib/listing-key';

const briefs: ListedBrief[] = [
	{ slug: '2020-01-01-a', digest: 'd1', translations: '' },
	{ slug: '2020-01-02-b', digest: 'd2', translations: 'uk=t2' },
];
const shared = 'taxonomies-and-settings';

it("a listing's digest changes with any brief it lists, their order, their translations and what all pages share", () => {
	const digest = listingDigest(briefs, shared);
	expect(listingDigest(briefs.map((b) => ({ ...b })), shared)).toBe(digest);
	const changed: ListedBrief[][] = [
		[briefs[0], { ...briefs[1], digest: 'd2-edited' }],
		[briefs[0], { ...briefs[1], translations: '' }],
		[briefs[0], { ...briefs[1], slug: '2020-01-02-renamed' }],
		[briefs[1], briefs[0]],
		[briefs[0]],
		[...briefs, { slug: '2020-01-03-c', digest: 'd3', translations: '' }],
	];
	for (const list of changed) expect(listingDigest(list, shared)).not.toBe(digest);
	expect(listingDigest(briefs, 'other-settings')).not.toBe(digest);
});

it('what the archive counts changes with any figure, date, place or brief, not with a title or summary', () => {
	const archive = [
		{ slug: '2020-01-01-a', brief: { title: 'A', summary: 'About A', date: '2020-01-01', casualties: { killed: 1 } } },
		{ slug: '2020-01-02-b', brief: { title: 'B', summary: 'About B', date: '2020-01-02', casualties: { killed: 2 } } },
	];
	const counted = countedDigest(archive, shared);
	const retitled = archive.map((b, i) => (i ? { ...b, brief: { ...b.brief, title: 'B, corrected', summary: 'Corrected' } } : b));
	expect(countedDigest(retitled, shared)).toBe(counted);
	const changed = [
		archive.map((b, i) => (i ? { ...b, brief: { ...b.brief, casualties: { killed: 3 } } } : b)),
		archive.map((b, i) => (i ? { ...b, brief: { ...b.brief, date: '2020-01-03' } } : b)),
		archive.slice(1),
		[...archive].reverse(),
	];
	for (const list of changed) expect(countedDigest(list, shared)).not.toBe(counted);
	expect(countedDigest(archive, 'other-settings')).not.toBe(counted);
});

it("a page counting the whole archive is keyed on the briefs it lists: another page's title leaves its key", () => {
	const listed = (slug: string): ListedBrief => ({ slug, digest: `d-${slug}`, translations: '' });
	const pages = [
		{ props: { page: { currentPage: 1, data: ['a', 'b'] } } },
		{ props: { page: { currentPage: 2, data: ['c'] } } },
	];
	const keys = pagesKeyedOnTheirBriefs(pages, listed, 'counted').map((p) => p.cacheKey);
	const edited = (slug: string) => ({ ...listed(slug), digest: slug === 'c' ? 'd-c-edited' : `d-${slug}` });
	const after = pagesKeyedOnTheirBriefs(pages, edited, 'counted').map((p) => p.cacheKey);
	expect(after[0]).toBe(keys[0]);
	expect(after[1]).not.toBe(keys[1]);
	expect(pagesKeyedOnTheirBriefs(pages, listed, 'counted-otherwise').map((p) => p.cacheKey).some((k, i) => k === keys[i])).toBe(false);
});
