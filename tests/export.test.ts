import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bibtexEscape, citeBrief, dateText, lastUpdated } from '../src/lib/cite';
import { archiveJson, archiveRecord, briefJsonRow, briefRecord, briefsCsv, briefsCsvColumns, briefsCsvHeader, briefsCsvPieces, briefsCsvRow, generatedDate, munitionsCsv, toJson } from '../src/lib/export';
import { briefed, sample, sampleList, taxonomies } from './helpers/briefs';

const siteUrl = 'https://briefs.example.org/';
const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

describe('the JSON record of a brief', () => {
	it('gives bounds as the page shows them, null for open-ended, and leaves out what is not reported', () => {
		const a = briefRecord(sample.a, siteUrl);
		expect(a.url).toBe('https://briefs.example.org/briefs/2020-01-05-a/');
		expect(a.casualties).toEqual({
			killed: { min: 3, max: 3, sources: ['s'] },
			injured: { min: 10, max: 12, sources: ['s'] },
			children_killed: { min: 1, max: 1, sources: ['s'] },
		});
		expect(a.munitions[1]).toEqual({
			type: 'cruise-x',
			name: 'Cruise X',
			category: 'cruise-missile',
			launched: { min: 5, max: null, sources: ['s'] },
			intercepted: { min: 2, max: 2, sources: ['s'] },
		});
		expect(a.totals).toEqual({ launched: { min: 105, max: null }, intercepted: { min: 92, max: 92 } });
		expect(a.location).toEqual({ country: 'ZZ', region: 'region-one', coordinates: { lat: 50, lon: 30 } });
		expect(JSON.parse(JSON.stringify(briefRecord(sample.d, siteUrl)))).toMatchObject({ casualties: {}, munitions: [], totals: {}, tags: [] });
	});

	it('keeps each claim of a disputed figure and marks a combined count', () => {
		const b = briefRecord(sample.b, siteUrl);
		expect(b.casualties.killed).toEqual({
			min: 4,
			max: 6,
			sources: ['s', 't'],
			claims: [
				{ min: 4, max: 4, sources: ['s'] },
				{ min: 6, max: 6, sources: ['t'] },
			],
		});
		expect(b.munitions[2]).toMatchObject({ type: 'combined-x', includes: ['ballistic-x', 'cruise-x'], launched: { min: 13, max: 13 } });
		expect(b.totals.launched).toEqual({ min: 13, max: 13 });
	});

	it('dates the archive by its newest brief or revision, not by the clock', () => {
		expect(generatedDate(sampleList)).toBe('2021-03-01');
		const revised = briefed('2019-01-01-revised', { updated: '2022-02-02' });
		expect(generatedDate([...sampleList, revised])).toBe('2022-02-02');
		expect(generatedDate([])).toBeNull();
		expect(archiveRecord(sampleList, taxonomies, { url: siteUrl, license })).toMatchObject({ generated: '2021-03-01', license });
	});
});

describe('the CSV files', () => {
	it('write one row per brief with totals, empty cells for not reported and for an open upper bound', () => {
		const rows = parse(briefsCsv(sampleList, siteUrl, taxonomies), { columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r.slug)).toEqual(['2020-01-05-a', '2020-01-20-b', '2020-02-02-c', '2021-03-01-d']);
		expect(rows[0]).toMatchObject({ killed_min: '3', killed_max: '3', launched_min: '105', launched_max: '', lat: '50', tags: 'x' });
		expect(rows[1]).toMatchObject({ killed_min: '4', killed_max: '6', injured_min: '', launched_min: '13', launched_max: '13', source_count: '2' });
		expect(rows[3]).toMatchObject({ killed_min: '', launched_min: '', intercepted_min: '', region: '' });
	});

	it('write one row per munition entry, saying which are combined counts', () => {
		const rows = parse(munitionsCsv(sampleList, taxonomies), { columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(6);
		expect(rows.filter((r) => r.slug === '2020-01-20-b').map((r) => [r.type, r.launched_min, r.includes, r.counted])).toEqual([
			['ballistic-x', '4', '', 'yes'],
			['cruise-x', '9', '', 'yes'],
			['combined-x', '13', 'ballistic-x;cruise-x', 'no'],
		]);
		expect(rows.at(-1)).toMatchObject({ type: 'drone-x', launched_min: '20', launched_max: '30', intercepted_min: '' });
	});

	it('give region and munition names in Ukrainian beside the ids, after the older columns', () => {
		const briefs = parse(briefsCsv(sampleList, siteUrl, taxonomies), { columns: true }) as Record<string, string>[];
		expect(briefs.map((r) => [r.region, r.region_name, r.region_name_uk])).toEqual([
			['region-one', 'Region One', 'Регіон Один'],
			['region-two', 'Region Two', 'Регіон Два'],
			['region-one', 'Region One', 'Регіон Один'],
			['', '', ''],
		]);
		expect(briefsCsv([], siteUrl, taxonomies).trim().split(',').slice(-3)).toEqual(['tags', 'region_name', 'region_name_uk']);
		const munitions = parse(munitionsCsv(sampleList, taxonomies), { columns: true }) as Record<string, string>[];
		expect(munitions.slice(0, 2).map((r) => [r.type, r.name, r.munition_name_uk])).toEqual([
			['drone-x', 'Drone X', 'Дрон Ікс'],
			['cruise-x', 'Cruise X', 'Крилата Ікс'],
		]);
		expect(munitionsCsv([], taxonomies).trim().split(',').at(-1)).toBe('munition_name_uk');
	});

	it('quote commas, quotes and line breaks, and defuse spreadsheet formulas', () => {
		const odd = briefed('2020-03-03-odd', { title: '=HYPERLINK("x"), a "quoted", title' });
		const [row] = parse(briefsCsv([odd], siteUrl, taxonomies), { columns: true }) as Record<string, string>[];
		expect(row.title).toBe(`'=HYPERLINK("x"), a "quoted", title`);
	});

	it('keep their header when there are no briefs', () => {
		expect(briefsCsv([], siteUrl, taxonomies).split('\n')[0]).toMatch(/^slug,url,title,date,/);
		expect(munitionsCsv([], taxonomies).split('\n')[0]).toMatch(/^slug,date,type,name,category,launched_min,/);
	});
});

describe('citing a brief', () => {
	const brief = { title: 'Attack on Testville hits 100% of the #1 street & more', date: '2020-01-05', updated: '2020-02-10' };
	const cite = citeBrief(brief, '2020-01-05-a', 'Incident Briefs', 'https://briefs.example.org/briefs/2020-01-05-a/');

	it('gives a plain-text citation with the permalink and the date last updated', () => {
		expect(cite.text).toBe(
			'Incident Briefs. “Attack on Testville hits 100% of the #1 street & more”. Incident brief, 5 January 2020; last updated 10 February 2020. https://briefs.example.org/briefs/2020-01-05-a/',
		);
	});

	it('gives a BibTeX entry with special characters escaped', () => {
		expect(cite.bibtex).toBe(
			[
				'@misc{incidentbriefs-2020-01-05-a,',
				'  author = {{Incident Briefs}},',
				'  title = {Attack on Testville hits 100\\% of the \\#1 street \\& more},',
				'  year = {2020},',
				'  month = jan,',
				'  date = {2020-01-05},',
				'  url = {https://briefs.example.org/briefs/2020-01-05-a/},',
				'  note = {Last updated 2020-02-10}',
				'}',
			].join('\n'),
		);
		expect(bibtexEscape('a_b {c} ~d ^e \\f $g')).toBe('a\\_b \\{c\\} \\~{}d \\^{}e \\textbackslash{}f \\$g');
	});

	it('uses the brief’s own date when it was never revised', () => {
		expect(lastUpdated({ date: '2025-09-07' })).toBe('2025-09-07');
		expect(dateText('2025-09-07')).toBe('7 September 2025');
	});
});

describe('briefs.json in pieces', () => {
	const site = { url: siteUrl, license };
	it('is toJson(archiveRecord) byte for byte, with briefs or without', () => {
		for (const list of [sampleList, sampleList.slice(0, 1), []]) {
			expect([...archiveJson(list, taxonomies, site)].join('')).toBe(toJson(archiveRecord(list, taxonomies, site)));
		}
	});

	it('is the same from records kept as bytes (data-rows.ts), the first one’s comma dropped', () => {
		const rows = sampleList.map((item) => Buffer.from(briefJsonRow(item, siteUrl, taxonomies)));
		expect(rows.every((row) => row[0] === 0x2c)).toBe(true);
		const pieces = [...archiveJson(sampleList, taxonomies, site, rows)];
		expect(Buffer.concat(pieces.map((piece) => Buffer.from(piece))).toString()).toBe(toJson(archiveRecord(sampleList, taxonomies, site)));
	});
});

describe('briefs.csv in lines', () => {
	it('is its header once, then each brief’s line on its own: every line one whole record, quoted alone', () => {
		const odd = briefed('2020-03-03-odd', { title: '=SUM(1), a "quoted"\ntitle on two lines' });
		const list = [sampleList[0], odd, ...sampleList.slice(1)];
		const file = Buffer.concat([...briefsCsvPieces(list, siteUrl, taxonomies, list.map((item) => Buffer.from(briefsCsvRow(item, siteUrl, taxonomies))))].map((piece) => Buffer.from(piece))).toString();
		expect(parse(briefsCsvHeader())).toEqual([briefsCsvColumns]);
		const rows = parse(file, { columns: true }) as Record<string, string>[];
		expect(rows.map((row) => row.slug)).toEqual(list.map((item) => item.slug));
		expect(rows[1].title).toBe(`'=SUM(1), a "quoted"\ntitle on two lines`);
		for (const item of list) {
			const line = briefsCsvRow(item, siteUrl, taxonomies);
			expect(line.endsWith('\n')).toBe(true);
			expect(parse(line)).toEqual([expect.arrayContaining([item.slug])]);
			expect((parse(line) as string[][])[0]).toHaveLength(briefsCsvColumns.length);
		}
	});
});
