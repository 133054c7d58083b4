import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/lib/check/frontmatter';
import { groupAttacks } from '../src/lib/import/attacks';
import { readAttackRows } from '../src/lib/import/dataset';
import { draftOf, newBrief } from '../src/lib/import/draft';
import { attackFigures } from '../src/lib/import/figures';
import { isOwnedEntry, mergeBrief } from '../src/lib/import/merge';
import { modelTypes } from '../src/lib/import/munition-types';
import { briefText, frontmatterYaml } from '../src/lib/import/writer';

/** The brief writer and the re-import's merge, on a draft made from two test rows. */

const header = 'time_start,time_end,model,launched,destroyed,source';
const draftFrom = (...rows: string[]) => {
	const [attack] = groupAttacks(readAttackRows([header, ...rows].join('\n'), 'x.csv')).attacks;
	const types = modelTypes([], new Map([['ZALA', 'UAV'], ['X-59', 'cruise missile']]));
	return draftOf(attack, attackFigures(attack, types).entries);
};
const rows = ['2024-03-06 21:00,2024-03-07 06:00,ZALA,3.0,2.0,kpszsu/posts/TEST', '2024-03-06 21:00,2024-03-07 06:00,X-59,2.0,1.0,kpszsu/posts/TEST'];
const written = (draft = draftFrom(...rows)) => briefText(frontmatterYaml(newBrief(draft)), draft.body);
const data = (text: string) => load(splitFrontmatter(text).yaml!) as Record<string, any>;
const merge = (text: string, draft = draftFrom(...rows)) => mergeBrief(text, draft, { today: '2026-01-15', file: 'missile_attacks_daily.csv' });

describe('the brief writer', () => {
	it('writes the same bytes for the same rows, figures on one line each', () => {
		// The whole file for the two rows above, pinned; `written` holds the first 12 hex digits of sha256 of the title, summary and body.
		expect(written()).toBe(
			[
				'---',
				'title: "Air Force Command: 3 drones and 2 missiles launched, 7 March 2024"',
				'date: 2024-03-07',
				'time: { start: 2024-03-06T21:00+02:00, end: 2024-03-07T06:00+02:00 }',
				'summary: The Air Force Command reported 3 drones and 2 missiles launched and 3 destroyed from 6',
				'  March 2024, 21:00 to 7 March 2024, 06:00 Kyiv time.',
				'location:',
				'  country: UA',
				'munitions:',
				'  - type: zala',
				'    launched: { value: 3, source: air-force }',
				'    intercepted: { value: 2, source: air-force }',
				'  - type: x-59',
				'    launched: { value: 2, source: air-force }',
				'    intercepted: { value: 1, source: air-force }',
				'sources:',
				'  - id: air-force',
				'    publisher: Air Force Command',
				'    url: https://www.facebook.com/kpszsu/posts/TEST',
				'    note: As compiled in the public "Massive Missile Attacks on Ukraine" dataset',
				'      (missile_attacks_daily.csv).',
				'imported:',
				'  from: air-force-dataset',
				'  report: https://www.facebook.com/kpszsu/posts/TEST',
				'  written: { title: 09080844bde3, summary: 561ae9d96b8a, body: 6ad5d532b1d8 }',
				'---',
				'',
				"The Air Force Command reported this attack from 6 March 2024, 21:00 to 7 March 2024, 06:00 Kyiv time. The figures below are its report's, one row per weapon, as compiled in the \"Massive Missile Attacks on Ukraine\" dataset.",
				'',
				'| Weapon | Launched | Destroyed |',
				'| --- | ---: | ---: |',
				'| ZALA | 3 | 2 |',
				'| X-59 | 2 | 1 |',
				'',
			].join('\n'),
		);
		expect(written()).toContain('  - type: zala\n    launched: { value: 3, source: air-force }\n    intercepted: { value: 2, source: air-force }\n');
		expect(written()).toMatch(/^---\ntitle: "Air Force Command: 3 drones and 2 missiles launched, 7 March 2024"\ndate: 2024-03-07\n/);
		expect(written()).toContain('---\n\nThe Air Force Command reported this attack from 6 March 2024, 21:00 to 7 March 2024, 06:00 Kyiv time.');
	});
});

describe('the merge', () => {
	it('leaves a brief whose rows have not changed as it is', () => {
		expect(merge(written())).toMatchObject({ changed: false });
		expect(merge(written()).text).toBe(written());
	});

	it('owns only the entries whose figures cite the import\'s source alone', () => {
		expect(isOwnedEntry({ type: 'zala', launched: { value: 3, source: 'air-force' } })).toBe(true);
		expect(isOwnedEntry({ type: 'zala', launched: { claims: [{ value: 3, source: 'air-force' }, { value: 4, source: 'news' }] } })).toBe(false);
		expect(isOwnedEntry({ type: 'zala', launched: { value: 3, source: ['air-force', 'news'] } })).toBe(false);
	});

	it('replaces the owned entries where they stood and keeps a contributor\'s entry and title', () => {
		const text = written()
			.replace('munitions:\n', 'munitions:\n  - type: other-test\n    launched: { value: 1, source: news }\n')
			.replace(/^title: .*$/m, 'title: A title a contributor wrote');
		const release = draftFrom(rows[0].replace('3.0,2.0', '4.0,2.0'), rows[1]);
		const merged = merge(text, release);
		expect(merged.changes).toEqual(['zala launched 3 → 4']);
		expect(merged.kept).toEqual(['title']);
		const after = data(merged.text);
		expect(after.title).toBe('A title a contributor wrote');
		expect(after.munitions.map((e: { type: string }) => e.type)).toEqual(['other-test', 'zala', 'x-59']);
		expect(after.munitions[1].launched).toEqual({ value: 4, source: 'air-force' });
		expect(after.summary).toBe(release.summary);
		expect(after.corrections).toEqual([{ date: '2026-01-15', note: 'Updated from missile_attacks_daily.csv: zala launched 3 → 4.' }]);
	});

	it('says what changed in the window', () => {
		const release = draftFrom(...rows.map((r) => r.replace('2024-03-07 06:00', '2024-03-07 07:00')));
		expect(merge(written(), release).changes).toEqual(['time 2024-03-06T21:00+02:00 to 2024-03-07T06:00+02:00 → 2024-03-06T21:00+02:00 to 2024-03-07T07:00+02:00']);
	});
});
