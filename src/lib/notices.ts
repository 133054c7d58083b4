import type { Brief } from './brief';
import { dataset } from './import/air-force';

/**
 * Sentences the pages show in place of a chart or table that would be empty, and the note on an
 * imported brief. Kept together so they can move into the translations' dictionary as one.
 */

export const noneReports = {
	casualties: 'No brief in this archive reports casualties.',
	killed: 'No brief in this archive reports anyone killed.',
	launched: 'No brief in this archive reports munitions launched.',
	intercepted: 'No brief in this archive reports munitions intercepted.',
	region: 'No brief in this archive names a region.',
	munitions: 'No brief in this archive reports munitions.',
	casualtiesListed: 'No brief in this list reports casualties.',
} as const;

/** "Imported from the Air Force's report, via the dataset …": the words around the link to the report. */
export function importedNotice(imported: NonNullable<Brief['imported']>) {
	return {
		before: 'Imported from ',
		link: { href: imported.report, text: "the Air Force's report" },
		after: `, via the dataset “${dataset.name}” compiled by ${dataset.compiler} (its licence is reported as ${dataset.license}). The figures are the report's; see the sources below.`,
	};
}
