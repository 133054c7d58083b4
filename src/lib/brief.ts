import { z } from 'astro/zod';
import { figureSchema, type Figure } from './figure.ts';
import { locales } from './i18n/locales.ts';
import { countryCode, slugId } from './taxonomy.ts';

/**
 * The brief format: the one schema every brief's frontmatter must satisfy.
 * Descriptions here feed editor completion and the field reference in CONTRIBUTING.md.
 */

export function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const dateSchema = z
	.string({ error: 'must be a date written YYYY-MM-DD' })
	.refine(isRealDate, { error: 'must be a real date written YYYY-MM-DD' });

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

export function isDateTime(text: string): boolean {
	const match = dateTimePattern.exec(text);
	return match !== null && isRealDate(match[1]);
}

const dateTimeSchema = z
	.string()
	.refine(isDateTime, { error: 'must be a date and time with its UTC offset, such as 2025-09-06T17:00+03:00' });

/** https://www.facebook.com@evil.example/ opens evil.example: an address with user info misleads. */
const withoutUserInfo = (url: string) => {
	try {
		const parsed = new URL(url);
		return parsed.username === '' && parsed.password === '';
	} catch {
		return true;
	}
};

const httpUrl = z
	.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
	.refine(withoutUserInfo, {
		error: 'must not hold a user name before an @ (https://name@host/): the address opens the site after the @, not the one it seems to name',
	})
	.describe('An http(s) address.');

export const sourceSchema = z.strictObject({
	id: slugId.describe('Short id that figures cite, unique within the brief: [a-z0-9-]+.'),
	publisher: z.string().min(1).describe('Who published it: an outlet, agency or official body.'),
	title: z.string().min(1).optional().describe('The headline or title of the item.'),
	url: httpUrl.optional().describe('Link to the item; http or https only.'),
	published: dateSchema.optional().describe('Date the item was published, YYYY-MM-DD.'),
	archive: httpUrl.optional().describe('Link to an archived copy; http or https only.'),
	note: z.string().min(1).optional().describe('How the source was used or where its figures come from.'),
});

export const munitionEntrySchema = z.strictObject({
	type: slugId.describe('A munition type id from CONTENT_DIR/munitions.yaml.'),
	launched: figureSchema.optional().describe('How many were launched.'),
	intercepted: figureSchema.optional().describe('How many were shot down or suppressed.'),
	includes: z
		.array(slugId)
		.optional()
		.describe(
			'For a source that gives one count over several types already listed: the ids of those types. Shown as a total row and not added again in totals.',
		),
	note: z.string().min(1).optional().describe('A remark shown in the munitions table.'),
});

export const casualtiesSchema = z
	.strictObject({
		killed: figureSchema.optional().describe('People killed.'),
		injured: figureSchema.optional().describe('People injured.'),
		children_killed: figureSchema.optional().describe('Children killed (included in killed).'),
		children_injured: figureSchema.optional().describe('Children injured (included in injured).'),
	})
	.describe('A figure left out means "not reported", never zero.');

export const briefStatuses = ['developing', 'confirmed', 'disputed'] as const;

/**
 * The schema checks each value; rules that relate fields to each other (citations, counts that must
 * fit, dates) live in src/lib/check/rules.ts, which every check and build runs.
 */
export const briefSchema = z.strictObject({
	title: z.string().min(1).max(140).describe('Headline, at most 140 characters.'),
	lang: z
		.enum(locales)
		.optional()
		.describe('Language the brief is written in: en (the default) or uk. Its translations live beside it as <slug>.<lang>.mdx.'),
	date: dateSchema.describe('Local date the incident began, YYYY-MM-DD; the file name starts with it.'),
	time: z
		.strictObject({
			start: dateTimeSchema.describe('Start, with UTC offset: 2025-09-06T17:00+03:00.'),
			end: dateTimeSchema.optional().describe('End, with UTC offset.'),
		})
		.optional()
		.describe('Optional time window of the incident.'),
	summary: z
		.string()
		.min(1)
		.max(300)
		.describe('One to three plain sentences, at most 300 characters: listings, cards, meta description.'),
	location: z
		.strictObject({
			country: countryCode.describe('ISO 3166-1 alpha-2 country code, such as UA.'),
			region: slugId.optional().describe('A region id from CONTENT_DIR/regions.yaml.'),
			place: z.string().min(1).optional().describe('Settlement, such as Kyiv.'),
			detail: z.string().min(1).optional().describe('District, street or site.'),
			coordinates: z
				.strictObject({
					lat: z.number().min(-90).max(90).describe('Latitude in degrees.'),
					lon: z.number().min(-180).max(180).describe('Longitude in degrees.'),
				})
				.optional()
				.describe('Where it happened, in decimal degrees.'),
		})
		.describe('Where the incident happened.'),
	status: z
		.enum(briefStatuses)
		.default('developing')
		.describe('developing (figures may change), confirmed, or disputed.'),
	casualties: casualtiesSchema.optional(),
	munitions: z.array(munitionEntrySchema).optional().describe('Weapons used, one entry per munition type.'),
	targets: z.array(z.string().min(1)).optional().describe('What was hit.'),
	sources: z
		.array(sourceSchema)
		.min(1, { error: 'cite at least one source' })
		.describe('Every source that a figure or statement rests on.'),
	tags: z.array(slugId).optional().describe('Lowercase keywords for browsing.'),
	updated: dateSchema.optional().describe('Date the brief was last revised, YYYY-MM-DD.'),
	corrections: z
		.array(
			z.strictObject({
				date: dateSchema.describe('Date of the correction, YYYY-MM-DD.'),
				note: z.string().min(1).describe('What was corrected.'),
			}),
		)
		.optional()
		.describe('Corrections made after publication, each with its date.'),
	imported: z
		.strictObject({
			from: slugId.describe('The dataset the brief was imported from: air-force-dataset.'),
			report: httpUrl.describe('The report (post) the brief was made from; the import finds the brief by it.'),
			part: z.number().int().positive().optional().describe('Which of the post\'s attacks, when one post reports several.'),
			written: z
				.record(z.string(), z.string())
				.optional()
				.describe('Digests of the title, summary and body text the import wrote, so it can tell text a contributor has since changed.'),
		})
		.optional()
		.describe('Written by the import only: the brief came from a dataset (see DATA.md). The import updates only the time window and the munitions figures citing its source.'),
});

/** Every figure in a brief with its path, in reading order. */
export function figuresOf(brief: Pick<Brief, 'casualties' | 'munitions'>) {
	const found: { path: (string | number)[]; figure: Figure }[] = [];
	for (const [key, figure] of Object.entries(brief.casualties ?? {})) {
		if (figure !== undefined) found.push({ path: ['casualties', key], figure });
	}
	(brief.munitions ?? []).forEach((entry, i) => {
		for (const key of ['launched', 'intercepted'] as const) {
			const figure = entry[key];
			if (figure !== undefined) found.push({ path: ['munitions', i, key], figure });
		}
	});
	return found;
}

export type Brief = z.infer<typeof briefSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type MunitionEntry = z.infer<typeof munitionEntrySchema>;
export type CasualtyKey = keyof NonNullable<Brief['casualties']>;
export const casualtyKeys: CasualtyKey[] = ['killed', 'injured', 'children_killed', 'children_injured'];
