import type { Brief } from './brief.ts';
import { dateText } from './i18n/format.ts';
import { useTranslations, type Locale } from './i18n/index.ts';

/** "Cite this brief": a plain-text citation and a BibTeX entry, with the permalink and the date last updated. */

export interface Citation {
	text: string;
	bibtex: string;
}

export { dateText };

/** The date the brief was last revised, or its date when it never was. */
export function lastUpdated(brief: Pick<Brief, 'date' | 'updated'>): string {
	return brief.updated && brief.updated > brief.date ? brief.updated : brief.date;
}

/** When a brief's page last changed: the brief's last revision, or its translation's (`translated`) on a translated page when later. */
export function pageModified(brief: Pick<Brief, 'date' | 'updated'>, translated?: string): string {
	const updated = lastUpdated(brief);
	return translated && translated > updated ? translated : updated;
}

/** Escapes the characters BibTeX and LaTeX treat as special. */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}$&%#_^~]/g, (c) =>
		c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
	);
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function citeBrief(brief: Pick<Brief, 'title' | 'date' | 'updated'>, slug: string, publisher: string, url: string, locale: Locale = 'en'): Citation {
	const t = useTranslations(locale);
	const updated = lastUpdated(brief);
	const text = t('cite.citation', { publisher, title: brief.title, date: dateText(brief.date, locale), updated: dateText(updated, locale), url });
	const fields: [string, string][] = [
		['author', `{${bibtexEscape(publisher)}}`],
		['title', bibtexEscape(brief.title)],
		['year', brief.date.slice(0, 4)],
		['month', months[Number(brief.date.slice(5, 7)) - 1]],
		['date', brief.date],
		['url', url],
		['note', t('cite.note', { date: updated })],
	];
	const key = `${publisher.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'brief'}-${slug}`;
	const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
	return { text, bibtex: `@misc{${key},\n${body.join(',\n')}\n}` };
}
