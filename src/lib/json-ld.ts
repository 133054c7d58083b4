import type { Brief, Source } from './brief.ts';
import { locationText } from './brief-view.ts';
import { lastUpdated } from './cite.ts';
import type { Locale } from './i18n/locales.ts';
import { regionName } from './i18n/names.ts';
import type { Taxonomies } from './taxonomy.ts';

/** Structured data (schema.org) for a brief: a NewsArticle about an Event, citing the brief's sources. */

export interface ArticleContext {
	/** The brief page's absolute address. */
	url: string;
	/** The site that publishes the brief. */
	publisher: string;
	/** The language the brief's text is in (`inLanguage`). */
	language: string;
	license: string;
	/** The page's locale: place names are given in it. */
	locale?: Locale;
	/** When the page last changed, when not when the brief did (a translation brought up to date since). */
	modified?: string;
	/** On a translation's page: the original's page (`translationOfWork`). */
	translationOf?: WorkRef;
	/** On the original's page: its translations' pages (`workTranslation`). */
	translations?: WorkRef[];
	/** The site's home page, its logo and the brief's share card, as absolute addresses. */
	home?: string;
	logo?: string;
	image?: string;
}

/** The site as author and publisher: search engines ask a NewsArticle for both, the publisher with a logo. */
function organization({ publisher, home, logo }: ArticleContext) {
	return { '@type': 'Organization', name: publisher, url: home, logo: logo && { '@type': 'ImageObject', url: logo } };
}

export interface WorkRef {
	url: string;
	language: string;
}

const work = ({ url, language }: WorkRef) => ({ '@type': 'NewsArticle', '@id': url, url, inLanguage: language });

function citation(source: Source) {
	return {
		'@type': 'CreativeWork',
		name: source.title,
		url: source.url,
		datePublished: source.published,
		archivedAt: source.archive,
		publisher: { '@type': 'Organization', name: source.publisher },
	};
}

export function briefJsonLd(brief: Brief, taxonomies: Taxonomies, context: ArticleContext) {
	const { location } = brief;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: brief.title,
		description: brief.summary,
		'@id': context.url,
		url: context.url,
		mainEntityOfPage: context.url,
		inLanguage: context.language,
		// A brief is published as its incident is reported: its date; modified when it or its translation last was.
		datePublished: brief.date,
		dateModified: context.modified ?? lastUpdated(brief),
		image: context.image,
		keywords: brief.tags,
		isAccessibleForFree: true,
		license: context.license,
		author: organization(context),
		publisher: organization(context),
		about: {
			'@type': 'Event',
			name: brief.title,
			description: brief.summary,
			startDate: brief.time?.start ?? brief.date,
			endDate: brief.time?.end,
			location: {
				'@type': 'Place',
				name: locationText(location, taxonomies, context.locale),
				address: {
					'@type': 'PostalAddress',
					addressCountry: location.country,
					addressRegion: location.region && regionName(location.region, taxonomies, context.locale ?? 'en'),
					addressLocality: location.place,
				},
				geo: location.coordinates && {
					'@type': 'GeoCoordinates',
					latitude: location.coordinates.lat,
					longitude: location.coordinates.lon,
				},
			},
		},
		citation: brief.sources.map(citation),
		translationOfWork: context.translationOf && work(context.translationOf),
		workTranslation: context.translations?.length ? context.translations.map(work) : undefined,
	};
}

/** JSON for a <script type="application/ld+json"> element: no text in it can end the element early. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
