import type { Brief } from './brief.ts';
import { around, fill, template, type Locale } from './i18n/index.ts';
import { dataset } from './import/air-force.ts';

/** "Imported from the Air Force's report, via the dataset …": the words around the link to the report. */
export function importedNotice(imported: NonNullable<Brief['imported']>, locale: Locale) {
	const [before, after] = around(template(locale, 'imported.notice'), 'link');
	const vars = { dataset: dataset.name, compiler: dataset.compiler, license: dataset.license };
	return {
		before: fill(before, vars),
		link: { href: imported.report, text: template(locale, 'imported.link') },
		after: fill(after, vars),
	};
}
