import slugify from '@sindresorhus/slugify';
import { placeholderMark } from './check/rules.ts';
import type { Taxonomies } from './taxonomy.ts';

/** A new brief: its file name and a commented template holding every field, for `npm run new`. */

export interface NewBrief {
	date: string;
	place: string;
	/** Words for the file name after the date; made from the place when left out. */
	slug?: string;
}

export function newBriefName({ date, place, slug }: NewBrief): string {
	const words = slugify(slug ?? place);
	if (!words) throw new Error(`cannot make a file name from "${slug ?? place}"; give --slug with latin letters, such as --slug kyiv`);
	return `${date}-${words}.mdx`;
}

/** The region whose name (in any language) is the place's, so "Kyiv" fills in kyiv-city. */
function regionOf(place: string, taxonomies: Taxonomies) {
	const wanted = place.trim().toLowerCase();
	return [...taxonomies.regions.values()].find((region) =>
		[region.name, ...Object.values(region.names ?? {})].some((name) => name.toLowerCase() === wanted),
	);
}

const todo = (what: string) => `${placeholderMark} ${what}`;

/** YAML for a one-line string value, quoted only when it needs to be. */
const scalar = (value: string) => (/^[\p{L}\p{N}][\p{L}\p{N} .,'’()-]*$/u.test(value) ? value : JSON.stringify(value));

export function briefTemplate({ date, place }: NewBrief, taxonomies: Taxonomies): string {
	const region = regionOf(place, taxonomies);
	const munition = taxonomies.munitions.keys().next().value ?? 'munition-id';
	return `---
# A new brief. Replace every ${placeholderMark}; uncomment (remove "# ") each field your sources report and
# delete the rest. Every figure cites a source listed under sources. \`npm run check\` shows what is
# left to do. Field reference and sourcing rules: CONTRIBUTING.md.
title: ${todo('headline, at most 140 characters')}
# lang: uk  # only for a brief written in Ukrainian; English is the default
date: ${date}
# time: { start: ${date}T01:00+03:00, end: ${date}T06:00+03:00 }  # local times with their UTC offset
summary: ${todo('one to three plain sentences, at most 300 characters')}
location:
  country: ${region?.country ?? todo('ISO country code, such as UA')}
  region: ${region?.id ?? todo(`region id from regions.yaml`)}
  place: ${scalar(place)}
  # detail: district, street or site
  # coordinates: { lat: 50.45, lon: 30.52 }
status: developing  # developing (figures may change), confirmed or disputed
# A figure left out means "not reported", never zero. Forms: an exact count { value, source };
# "at least" { min, source } for an incomplete count; a range { min, max, source }; and
# { claims: [...] } when sources disagree. A bare number only in a brief with a single source.
# casualties:
#   killed: { value: 2, source: source-id }
#   injured: { min: 15, source: source-id }
#   children_killed: { min: 1, max: 2, source: source-id }
#   children_injured:
#     claims:
#       - { value: 3, source: source-id }
#       - { value: 4, source: other-source-id, note: preliminary }
# munitions:
#   - type: ${munition}  # an id from munitions.yaml
#     launched: { value: 10, source: source-id }
#     intercepted: { value: 8, source: source-id }
#     note: a remark shown in the munitions table
#   - type: other-munition-id
#     includes: [${munition}]  # one count a source gives over types listed above
#     launched: { value: 12, source: other-source-id }
# targets: [what was hit]
sources:
  - id: ${todo('short id that figures cite, such as metro')}
    publisher: ${todo('outlet, agency or official body')}
    title: ${todo('headline of the item')}
    url: ${todo('https:// link to the item')}
    published: ${todo('date it was published, YYYY-MM-DD')}
    archive: ${todo('https:// link to an archived copy (web.archive.org or archive.today)')}
    # note: how the source was used, or where its figures come from
# tags: [keyword]
# updated: ${date}
# corrections:
#   - { date: ${date}, note: what was corrected }
# imported: written by npm run import only, never by hand (see DATA.md):
#   { from: air-force-dataset, report: https://… the post, part: 2, written: { title: digest } }
---

${todo('What happened, in plain Markdown: who reported what, and when. No HTML.')}
`;
}
