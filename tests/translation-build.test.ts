import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, root, type Build } from './helpers/build';

/** An invented Ukrainian translation of the fixture's Testville brief. */
const translation = `---
title: Тестове місто — вигадана тестова подія
summary: Вигадана подія для тестів. Нічого з цього не сталося.
translated: 2020-01-03
location: { place: Тествіль, detail: Вигадана вулиця }
targets: [Вигадана водонапірна вежа]
notes:
  munitions.test-drone.launched.claims[1]: попередньо
  corrections[0]: Вигадане виправлення.
---

ТЕКСТ-ПЕРЕКЛАДУ: вигадана подія.
`;

describe('a build of content with a translation', () => {
	let dir: string;
	let build: Build;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'translation-build-'));
		cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
		writeFileSync(join(dir, 'briefs/2020-01-01-testville.uk.mdx'), translation);
		build = buildSite(dir);
		expect(build.status, build.output).toBe(0);
	});

	it('publishes the original as before, and the translation as no brief of its own', () => {
		expect(build.list('briefs').filter((name) => name.startsWith('2020-01-01-testville'))).toEqual(['2020-01-01-testville', '2020-01-01-testville.json']);
		const original = page(build.read('briefs/2020-01-01-testville/index.html'));
		expect(original.$('h1').text()).toBe('Тестове місто — fictional test incident in Testville');
		expect(original.text).toContain('FIXTURE-BODY-MARKER');
		expect(original.text).not.toContain('ТЕКСТ-ПЕРЕКЛАДУ');
	});

	it('gives the translation in the brief’s data, its figures the original’s', () => {
		const record = JSON.parse(build.read('briefs/2020-01-01-testville.json'));
		expect(record.lang).toBe('en');
		expect(record.translations.uk).toEqual({
			title: 'Тестове місто — вигадана тестова подія',
			summary: 'Вигадана подія для тестів. Нічого з цього не сталося.',
			translated: '2020-01-03',
			stale: false,
			location: { place: 'Тествіль', detail: 'Вигадана вулиця' },
			targets: ['Вигадана водонапірна вежа'],
			notes: { 'munitions.test-drone.launched.claims[1]': 'попередньо', 'corrections[0]': 'Вигадане виправлення.' },
		});
		expect(record.casualties.killed).toEqual({ min: 3, max: null, sources: ['gazette'] });
		const archive = JSON.parse(build.read('data/briefs.json'));
		expect(archive.briefs.find((b: { slug: string }) => b.slug === '2020-01-01-testville').translations.uk.title).toBe(record.translations.uk.title);
		expect(archive.regions.find((r: { id: string }) => r.id === 'north-fictonia').names).toEqual({ uk: 'Північна Фіктонія' });
	});

	it('writes the Ukrainian region name beside the English one in the CSV', () => {
		const csv = build.read('data/briefs.csv').split('\n');
		expect(csv[0].split(',').slice(-2)).toEqual(['region_name', 'region_name_uk']);
		expect(csv.find((line) => line.startsWith('2020-01-01-testville,'))).toMatch(/,North Fictonia,Північна Фіктонія$/);
	});
});
