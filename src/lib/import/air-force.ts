/** What is known of the Air Force's reports and of the dataset that compiles them. */

export const dataset = {
	id: 'air-force-dataset',
	name: 'Massive Missile Attacks on Ukraine',
	compiler: 'piterfm',
	/** As reported; to be verified on the dataset's own page before publishing imported briefs. */
	license: 'CC BY-NC-SA 4.0',
	file: 'missile_attacks_daily.csv',
} as const;

/** The source id an imported brief cites for the report; the import owns the figures that cite it. */
export const reportSourceId = 'air-force';

const channels: Record<string, string> = {
	kpszsu: 'Air Force Command',
	pvkpivden: 'Air Command South',
	pvkshid: 'Air Command East',
	pvkzahid: 'Air Command West',
	pvkcenter: 'Air Command Centre',
	'generalstaff.ua': 'General Staff of the Armed Forces of Ukraine',
	cincafu: 'Commander-in-Chief of the Armed Forces of Ukraine',
};

export interface Report {
	url: string;
	/** Who posted it, as a source's publisher. */
	publisher: string;
	/** Who posted it, as a sentence names it: "the Air Command South". */
	subject: string;
}

/** The post a `source` cell names: its address and publisher. */
export function reportOf(cell: string): Report {
	const trimmed = cell.trim();
	const full = /^https?:\/\//i.test(trimmed);
	const path = full ? trimmed.replace(/^https?:\/\/(www\.|m\.)?facebook\.com\//i, '') : trimmed.replace(/^\/+/, '');
	const channel = path.split('/')[0];
	const publisher = channels[channel.toLowerCase()];
	const host = !full && !publisher && channel.includes('.');
	const url = full ? trimmed : host ? `https://${path}` : `https://www.facebook.com/${path}`;
	if (publisher) return { url, publisher, subject: `the ${publisher}` };
	if (host) return { url, publisher: channel, subject: channel };
	return { url, publisher: 'Facebook post cited by the dataset', subject: 'a Facebook post cited by the dataset' };
}

/** One address for one post however it is written: https, no www., no trailing slash. */
export function sameReportUrl(url: string): string {
	return url.trim().replace(/^http:/i, 'https:').replace(/^https:\/\/(www\.|m\.)/i, 'https://').replace(/\/+$/, '');
}
