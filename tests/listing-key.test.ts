import { expect, it } from 'vitest';
import { keyedPages, listingDigest, type ListedBrief } from '../src/lib/listing-key';

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

it('each page of a listing gets a key of its own, with the listing digest in it', () => {
	const pages = [1, 2, 3].map((currentPage) => ({ params: { page: currentPage === 1 ? undefined : String(currentPage) }, props: { page: { currentPage } } }));
	const keyed = keyedPages(pages, 'abc');
	expect(keyed.map((p) => p.cacheKey)).toEqual(['abc:1', 'abc:2', 'abc:3']);
	expect(keyed[1].params).toEqual({ page: '2' });
	expect(new Set(keyedPages(pages, 'abd').map((p) => p.cacheKey)).isDisjointFrom(new Set(keyed.map((p) => p.cacheKey)))).toBe(true);
});
