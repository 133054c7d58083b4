import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, root, type Build } from './helpers/build';
import { openSearch } from './helpers/search';

describe('the bundled site', () => {
	let build: Build;
	beforeAll(() => {
		build = buildSite(`${root}/content`);
		expect(build.status, build.output).toBe(0);
	});

	it('shows the Kyiv brief’s figures, sources and target', () => {
		const brief = page(build.read('briefs/2025-09-07-kyiv/index.html'));
		const { text } = brief;
		for (const shown of ['805', '810', '747', 'at least 2', 'Metro', 'Cabinet of Ministers', 'Air Force of the Armed Forces of Ukraine']) {
			expect(text).toContain(shown);
		}
		expect(brief.munitions()[0].slice(1)).toEqual(['805–810 (sources differ: 805[1]; 810[2])', '747[1][2]', '92.2%–92.8%']);
		expect(brief.casualties()).toEqual(['Killed: at least 2[1] (in Kyiv)', 'Injured: 15[1]', 'Children killed: at least 1[1] (a baby)']);
	});

	it('has home, listing, about and 404 pages that link onward', () => {
		const home = page(build.read('index.html'));
		expect(home.$('a[href="/briefs/2025-09-07-kyiv/"]').length).toBeGreaterThan(0);
		expect(home.text).toContain('at least 2 killed');
		const listing = page(build.read('briefs/index.html'));
		expect(listing.$('.brief-table tbody tr').length).toBe(1);
		const about = page(build.read('about/index.html'));
		expect(about.$('h2#method').length).toBe(1);
		expect(about.text).toContain('805–810');
		expect(page(build.read('404.html')).text).toContain('Page not found');
	});

	it('shows the licenses in the footer of every page', () => {
		for (const path of ['index.html', 'briefs/index.html', 'briefs/2025-09-07-kyiv/index.html', 'about/index.html']) {
			const footer = page(build.read(path)).$('footer').text();
			expect(footer).toContain('CC BY 4.0');
			expect(footer).toContain('MIT');
		}
	});

	it('loads no client JavaScript', () => {
		for (const path of ['index.html', 'briefs/index.html', 'briefs/2025-09-07-kyiv/index.html', 'about/index.html']) {
			expect(page(build.read(path)).scripts().length, path).toBe(0);
		}
	});

	it('counts the Kyiv missiles once on /stats/: Metro’s combined 13 is not added to the Air Force’s 4 + 9', () => {
		const { $ } = page(build.read('stats/index.html'));
		const row = (label: string) => $('#totals tbody tr').filter((_, tr) => $(tr).find('th').text() === label).find('td').map((_, td) => $(td).text()).get();
		// Launched: 805–810 drones + 4 + 9 missiles; intercepted: 747 + 0 + 4.
		expect(row('Munitions launched')).toEqual(['818', '823', '1', '0']);
		expect(row('Munitions intercepted')).toEqual(['751', '751', '1', '0']);
		expect(row('Killed')).toEqual(['2', 'open-ended', '1', '0']);
		expect(row('Children injured')).toEqual(['–', '–', '0', '1']);
	});

	it('offers a citation of the Kyiv brief with its permalink and date', () => {
		const { $ } = page(build.read('briefs/2025-09-07-kyiv/index.html'));
		expect($('.cite-text').text()).toBe(
			'Incident Briefs. “Record drone and missile attack on Kyiv hits the Cabinet of Ministers building”. Incident brief, 7 September 2025; last updated 7 September 2025. http://localhost:4321/briefs/2025-09-07-kyiv/',
		);
		expect($('.cite-bibtex').text()).toContain('url = {http://localhost:4321/briefs/2025-09-07-kyiv/}');
	});

	it('finds the Kyiv brief by “Cabinet” in the search index it ships, with its filters', async () => {
		const search = await openSearch(build.outDir);
		try {
			const hits = await search.search('Cabinet');
			expect(hits.map((hit) => hit.url)).toEqual(['/briefs/2025-09-07-kyiv/']);
			expect(hits[0].meta.title).toBe('Record drone and missile attack on Kyiv hits the Cabinet of Ministers building');
			expect(hits[0].filters.region).toEqual(['Kyiv']);
			expect(hits[0].filters.year).toEqual(['2025']);
			expect([...hits[0].filters.category].sort()).toEqual(['Ballistic missiles', 'Cruise missiles', 'Drones']);
			// Only brief articles are indexed: the home page also says "Cabinet", and is not found.
			expect(await search.search(null)).toHaveLength(1);
			expect(await search.search('Zanzibar')).toEqual([]);
		} finally {
			await search.close();
		}
	});

	it('links each brief page to its file for editing, and to its history', () => {
		const { $ } = page(build.read('briefs/2025-09-07-kyiv/index.html'));
		const repository = 'https://github.com/incident-briefs/incident-briefs';
		expect($('a:contains("Edit this brief")').attr('href')).toBe(`${repository}/edit/main/content/briefs/2025-09-07-kyiv.mdx`);
		expect($('a:contains("History")').attr('href')).toBe(`${repository}/commits/main/content/briefs/2025-09-07-kyiv.mdx`);
	});
});
