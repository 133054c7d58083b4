import { z } from 'astro/zod';
import { en } from './i18n/en.ts';

/** Taxonomies are data under CONTENT_DIR, so another deployment can replace them. */

export const slugId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and single hyphens' });

export const munitionCategories = [
	'drone',
	'cruise-missile',
	'ballistic-missile',
	'guided-bomb',
	'other-missile',
	'other',
] as const;

/** English labels (exports, the checker); pages take theirs from the dictionary of their locale. */
export const munitionCategoryLabels = Object.fromEntries(munitionCategories.map((c) => [c, en[`category.${c}`]])) as Record<MunitionCategory, string>;

export const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as UA' });

/** A taxonomy entry's names in the site's other languages, by language code: { uk: … }. */
const namesSchema = z.record(z.string(), z.string().min(1)).optional().describe('Names in other languages, by language code.');

export const munitionTypeSchema = z.strictObject({
	id: slugId.describe('Stable id that briefs use in munitions[].type.'),
	name: z.string().min(1).describe('English name shown to readers.'),
	names: namesSchema,
	category: z.enum(munitionCategories).describe('One of: ' + munitionCategories.join(', ') + '.'),
	description: z.string().optional().describe('A sentence for the munition page.'),
	aliases: z
		.array(z.string().min(1))
		.optional()
		.describe('Model names a dataset uses for this type, as written there (the import matches them exactly).'),
	includes: z
		.array(slugId)
		.optional()
		.describe('For a type that is one count over several models (X-22 and X-32): the ids of those types.'),
});

export const regionSchema = z.strictObject({
	id: slugId.describe('Stable id that briefs use in location.region.'),
	name: z.string().min(1).describe('English name shown to readers.'),
	country: countryCode.describe('ISO 3166-1 alpha-2 country code.'),
	names: namesSchema,
});

export const munitionsFileSchema = z.array(munitionTypeSchema);
export const regionsFileSchema = z.array(regionSchema);

export type MunitionCategory = (typeof munitionCategories)[number];
export type MunitionType = z.infer<typeof munitionTypeSchema>;
export type Region = z.infer<typeof regionSchema>;

export interface Taxonomies {
	munitions: Map<string, MunitionType>;
	regions: Map<string, Region>;
}

export function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}
