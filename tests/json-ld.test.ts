import { describe, expect, it } from 'vitest';
import type { Brief } from '../src/lib/brief';
import { briefJsonLd, jsonLdText } from '../src/lib/json-ld';
import type { Taxonomies } from '../src/lib/taxonomy';

const taxonomies: Taxonomies = {
	munitions: new Map(),
	regions: new Map([['north-fictonia', { id: 'north-fictonia', name: 'North Fictonia', country: 'ZZ' }]]),
};

const brief: Brief = {
	title: 'Fictional strike on Testville',
	date: '2020-01-01',
	time: { start: '2019-12-31T22:00+02:00', end: '2020-01-01T04:30+02:00' },
	summary: 'An invented incident.',
	location: { country: 'ZZ', region: 'north-fictonia', place: 'Testville', detail: 'Example Street', coordinates: { lat: 10.5, lon: 20.25 } },
	status: 'developing',
	casualties: { killed: { min: 3, source: 'gazette' } },
	sources: [
		{
			id: 'gazette',
			publisher: 'Example Gazette',
			title: 'Invented headline',
			url: 'https://example.org/gazette/1',
			published: '2020-01-01',
			archive: 'https://example.org/archive/1',
		},
		{ id: 'bulletin', publisher: 'Example Bulletin' },
	],
	tags: ['testville'],
	updated: '2020-01-03',
};

const context = {
	url: 'https://briefs.example/briefs/2020-01-01-testville/',
	publisher: 'Incident Briefs',
	language: 'en',
	license: 'https://creativecommons.org/licenses/by/4.0/',
	home: 'https://briefs.example/',
	logo: 'https://briefs.example/logo.png',
	image: 'https://briefs.example/og/2020-01-01-testville.png',
};

describe('briefJsonLd', () => {
	const data = JSON.parse(jsonLdText(briefJsonLd(brief, taxonomies, context)));

	it('describes the brief as a NewsArticle from the site', () => {
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Fictional strike on Testville',
			description: 'An invented incident.',
			url: 'https://briefs.example/briefs/2020-01-01-testville/',
			inLanguage: 'en',
			datePublished: '2020-01-01',
			dateModified: '2020-01-03',
			image: 'https://briefs.example/og/2020-01-01-testville.png',
			keywords: ['testville'],
			license: 'https://creativecommons.org/licenses/by/4.0/',
		});
	});

	it('gives what search engines ask of a NewsArticle: dates, author, and a publisher with a logo', () => {
		const site = {
			'@type': 'Organization',
			name: 'Incident Briefs',
			url: 'https://briefs.example/',
			logo: { '@type': 'ImageObject', url: 'https://briefs.example/logo.png' },
		};
		expect(data.author).toEqual(site);
		expect(data.publisher).toEqual(site);
		expect([data.datePublished, data.dateModified, data.image]).toEqual(['2020-01-01', '2020-01-03', 'https://briefs.example/og/2020-01-01-testville.png']);
		// A translated page brought up to date after the brief was modified then.
		expect(briefJsonLd(brief, taxonomies, { ...context, modified: '2020-01-05' }).dateModified).toBe('2020-01-05');
	});

	it('is about the incident as an Event with its time window and place', () => {
		expect(data.about).toEqual({
			'@type': 'Event',
			name: 'Fictional strike on Testville',
			description: 'An invented incident.',
			startDate: '2019-12-31T22:00+02:00',
			endDate: '2020-01-01T04:30+02:00',
			location: {
				'@type': 'Place',
				name: 'Example Street, Testville, North Fictonia, ZZ',
				address: { '@type': 'PostalAddress', addressCountry: 'ZZ', addressRegion: 'North Fictonia', addressLocality: 'Testville' },
				geo: { '@type': 'GeoCoordinates', latitude: 10.5, longitude: 20.25 },
			},
		});
	});

	it('cites every source, in order, with what the brief records of it', () => {
		expect(data.citation).toEqual([
			{
				'@type': 'CreativeWork',
				name: 'Invented headline',
				url: 'https://example.org/gazette/1',
				datePublished: '2020-01-01',
				archivedAt: 'https://example.org/archive/1',
				publisher: { '@type': 'Organization', name: 'Example Gazette' },
			},
			{ '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Example Bulletin' } },
		]);
	});

	it('starts the Event on the date when the brief gives no time, and leaves out what it does not know', () => {
		const { time, updated, tags, ...rest } = brief;
		const plain = JSON.parse(jsonLdText(briefJsonLd({ ...rest, location: { country: 'ZZ' } }, taxonomies, context)));
		expect(plain.about.startDate).toBe('2020-01-01');
		expect(plain.about).not.toHaveProperty('endDate');
		expect(plain.about.location).toEqual({ '@type': 'Place', name: 'ZZ', address: { '@type': 'PostalAddress', addressCountry: 'ZZ' } });
		expect(plain.dateModified).toBe('2020-01-01');
		expect(plain).not.toHaveProperty('keywords');
	});
});

describe('jsonLdText', () => {
	it('cannot close its script element or open a comment, and reads back unchanged', () => {
		const title = 'A </script><script>alert(1)</script> <!-- & \u2028 title';
		const text = jsonLdText({ title });
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(text)).toEqual({ title });
	});
});

describe('structured data in two languages', () => {
	const uk = 'https://briefs.example/uk/briefs/2020-01-01-testville/';

	it('names a translation’s page a translation of the original, in its own language, with places in Ukrainian', () => {
		const named: Taxonomies = { ...taxonomies, regions: new Map([['north-fictonia', { ...taxonomies.regions.get('north-fictonia')!, names: { uk: 'Північна Фіктонія' } }]]) };
		const data = briefJsonLd(brief, named, { ...context, url: uk, language: 'uk', locale: 'uk', translationOf: { url: context.url, language: 'en' } });
		expect(data.inLanguage).toBe('uk');
		expect(data.translationOfWork).toEqual({ '@type': 'NewsArticle', '@id': context.url, url: context.url, inLanguage: 'en' });
		expect(data.workTranslation).toBeUndefined();
		expect(data.about.location.address.addressRegion).toBe('Північна Фіктонія');
	});

	it('lists the translations on the original’s page, and none where there are none', () => {
		const data = briefJsonLd(brief, taxonomies, { ...context, translations: [{ url: uk, language: 'uk' }] });
		expect(data.workTranslation).toEqual([{ '@type': 'NewsArticle', '@id': uk, url: uk, inLanguage: 'uk' }]);
		expect(data.translationOfWork).toBeUndefined();
		expect(briefJsonLd(brief, taxonomies, context).workTranslation).toBeUndefined();
	});
});
