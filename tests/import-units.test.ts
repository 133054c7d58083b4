import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxonomies } from '../src/lib/content';
import { reportOf } from '../src/lib/import/air-force';
import { groupAttacks } from '../src/lib/import/attacks';
import { coveredDifferences } from '../src/lib/import/covered';
import { countCell, listCell, readAttackRows, readModelCategories } from '../src/lib/import/dataset';
import { categoryOf, modelId, modelTypes } from '../src/lib/import/munition-types';
import { attackFigures, munitionEntries } from '../src/lib/import/figures';
import { kyivDateTime, kyivDay, parseMoment, windowText } from '../src/lib/import/window';

/** The import's parts, each on rows written here in the dataset's format (test rows, not real data). */

const header =
	'time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source';
const csv = (...rows: string[]) => [header, ...rows].join('\n') + '\n';
const row = (start: string, end: string, model: string, launched: string, destroyed: string, source = 'kpszsu/posts/TEST') =>
	`${start},${end},${model},,Ukraine,,${launched},${destroyed},,,{},,,,,,,,,,,${source}`;

describe('time cells', () => {
	it('reads the times the dataset writes, in Kyiv time with the offset of the season', () => {
		expect(kyivDateTime(parseMoment('2025-03-06 21:00 ', 'start')!.at)).toBe('2025-03-06T21:00+02:00');
		expect(kyivDateTime(parseMoment('2023-05-16 3:30', 'start')!.at)).toBe('2023-05-16T03:30+03:00');
		expect(kyivDateTime(parseMoment('2024-06-30', 'start')!.at)).toBe('2024-06-30T00:00+03:00');
		expect(kyivDateTime(parseMoment('2024-06-30', 'end')!.at)).toBe('2024-06-30T23:59+03:00');
		expect(parseMoment('2024-06-30', 'end')!.dateOnly).toBe(true);
		expect(parseMoment('30.06.2024', 'start')).toBeUndefined();
		expect(parseMoment('2024-02-30 10:00', 'start')).toBeUndefined();
	});

	it('dates a night by the Kyiv day it ends', () => {
		const end = parseMoment('2025-09-07 09:30', 'end')!;
		expect(kyivDay(end.at)).toBe('2025-09-07');
		// 23:30 Kyiv time is already the next day in no zone west of it, but 21:30 UTC.
		expect(kyivDay(parseMoment('2025-09-06 23:30', 'end')!.at)).toBe('2025-09-06');
	});

	it('says a window in words', () => {
		const window = (s: string, e: string) => ({ start: parseMoment(s, 'start')!, end: parseMoment(e, 'end')! });
		expect(windowText(window('2024-06-30', '2024-06-30'))).toBe('on 30 June 2024');
		expect(windowText(window('2024-06-30', '2024-06-30 08:00'))).toBe('on 30 June 2024 until 08:00 Kyiv time');
		expect(windowText(window('2024-06-29', '2024-06-30 08:00'))).toBe('from 29 June 2024 to 30 June 2024, 08:00 Kyiv time');
		expect(windowText(window('2025-09-06 18:00', '2025-09-07 09:30'))).toBe('from 6 September 2025, 18:00 to 7 September 2025, 09:30 Kyiv time');
	});
});

describe('dataset cells', () => {
	it('reads counts written as decimals and refuses fractions', () => {
		expect(countCell('810.0')).toEqual({ count: 810 });
		expect(countCell('')).toEqual({});
		expect(countCell('1.5').problem).toBe('1.5 is not a whole number');
		expect(countCell('many').problem).toBe('"many" is not a count');
	});

	it('reads Python-style lists as plain names', () => {
		expect(listCell("['Kyiv oblast', 'Odesa oblast']")).toEqual(['Kyiv oblast', 'Odesa oblast']);
		expect(listCell('')).toEqual([]);
	});

	it('keeps each row\'s CSV line, also after a quoted cell over two lines', () => {
		const text = csv(row('2024-01-01', '2024-01-01', 'ZALA', '1.0', '1.0'), `2024-01-01,2024-01-01,"Orlan-10",,"two\nlines",,1.0,1.0,,,{},,,,,,,,,,,kpszsu/posts/TEST`, row('2024-01-01', '2024-01-01', 'Lancet', '1.0', '1.0'));
		expect(readAttackRows(text, 'x.csv').map((r) => r.line)).toEqual([2, 3, 5]);
	});

	it('finds the affected-region column under either name', () => {
		const renamed = csv(row('2024-01-01', '2024-01-01', 'ZALA', '1.0', '1.0')).replace('affected region', 'affected_region').replace(',,,,,,,,,,,kpszsu', ",,,,,,,\"['Sumy oblast']\",,,,kpszsu");
		expect(readAttackRows(renamed, 'x.csv')[0].regions).toEqual(['Sumy oblast']);
	});

	it('names the file and the missing column', () => {
		expect(() => readAttackRows('time_start,model\n2024-01-01,ZALA\n', 'x.csv')).toThrow('x.csv:1: missing columns time_end, launched, destroyed, source');
	});
});

describe('posts', () => {
	it('names the publisher from the channel and links the post', () => {
		expect(reportOf('PvKPivden/posts/pfbid0TEST')).toEqual({
			url: 'https://www.facebook.com/PvKPivden/posts/pfbid0TEST',
			publisher: 'Air Command South',
			subject: 'the Air Command South',
		});
		expect(reportOf('watch/?v=1')).toMatchObject({ url: 'https://www.facebook.com/watch/?v=1', subject: 'a Facebook post cited by the dataset' });
		expect(reportOf('GeneralStaff.ua/posts/1').publisher).toBe('General Staff of the Armed Forces of Ukraine');
		expect(reportOf('https://www.facebook.com/kpszsu/posts/2').url).toBe('https://www.facebook.com/kpszsu/posts/2');
		expect(reportOf('kharkivoda.gov.ua/news/1').url).toBe('https://kharkivoda.gov.ua/news/1');
	});
});

describe('attacks', () => {
	const rows = (...r: string[]) => readAttackRows(csv(...r), 'x.csv');

	it('joins the rows of one post whose windows overlap or touch, and splits those that do not', () => {
		const { attacks, warnings } = groupAttacks(
			rows(
				row('2024-03-06 21:00', '2024-03-07 06:00', 'Shahed-136/131', '5.0', '5.0'),
				row('2024-03-07 06:00', '2024-03-07 08:00', 'X-59', '1.0', '1.0'),
				row('2024-03-09', '2024-03-09', 'ZALA', '1.0', '1.0'),
			),
		);
		expect(attacks.map((a) => [a.part, a.rows.map((r) => r.line)])).toEqual([[1, [2, 3]], [2, [4]]]);
		expect(warnings[0].message).toContain('2 windows that do not touch');
	});

	it('refuses a post with a time it cannot read, naming the row', () => {
		const { attacks, refused } = groupAttacks(rows(row('2024-03-06 21:00', 'soon', 'ZALA', '1.0', '1.0'), row('2024-03-06 21:00', '2024-03-07', 'ZALA', '1.0', '1.0')));
		expect(attacks).toEqual([]);
		expect(refused[0].problems.map((p) => [p.lines, p.field])).toEqual([[[2], 'time_end']]);
	});
});

describe('munition types', () => {
	it('transliterates Ukrainian by the national system of 2010', () => {
		expect(modelId('Молнія')).toBe('molniia');
		expect(modelId('Щастя')).toBe('shchastia');
		expect(modelId('Згорани')).toBe('zghorany');
		expect(modelId('Shahed-136/131')).toBe('shahed-136-131');
	});

	it('maps the lookup\'s categories, mixed entries to other missiles', () => {
		expect(['UAV', 'cruise missile', 'ballistic missile', 'guided bomb', 'surface-to-air missile', 'surface-to-air and ballistic', 'laser'].map(categoryOf)).toEqual([
			'drone', 'cruise-missile', 'ballistic-missile', 'guided-bomb', 'other-missile', 'other-missile', undefined,
		]);
	});

	it('uses a type that lists the model as an alias, and makes new ones with includes for combined models', () => {
		const lookup = new Map([['X-22', 'cruise missile'], ['X-32', 'cruise missile'], ['Молнія', 'UAV']]);
		const types = modelTypes([{ id: 'shahed-136-131', name: 'Shahed drones', category: 'drone', aliases: ['Shahed-136/131'] }], lookup);
		expect(types.typeOf('Shahed-136/131')).toBe('shahed-136-131');
		expect(types.typeOf('X-22 and X-32')).toBe('x-22-and-x-32');
		expect(types.typeOf('Молнія')).toBe('molniia');
		expect(types.typeOf('Mystery')).toBe('mystery');
		expect(types.added()).toEqual([
			{ id: 'molniia', name: 'Молнія', category: 'drone', aliases: ['Молнія'] },
			{ id: 'mystery', name: 'Mystery', category: 'other', aliases: ['Mystery'] },
			{ id: 'x-22', name: 'X-22', category: 'cruise-missile', aliases: ['X-22'] },
			{ id: 'x-22-and-x-32', name: 'X-22 and X-32', category: 'cruise-missile', aliases: ['X-22 and X-32'], includes: ['x-22', 'x-32'] },
			{ id: 'x-32', name: 'X-32', category: 'cruise-missile', aliases: ['X-32'] },
		]);
		expect(types.unclassified()).toEqual(['Mystery']);
	});

	it('gives a combined model of mixed parts the lookup lacks the category other-missile, and Ukrainian names when the file has them', () => {
		const lookup = new Map([['Kalibr', 'cruise missile'], ['Iskander-M', 'ballistic missile']]);
		const types = modelTypes([], lookup, { ukrainianNames: true });
		types.typeOf('Kalibr and Iskander-M');
		expect(types.added().find((t) => t.id === 'kalibr-and-iskander-m')).toMatchObject({ category: 'other-missile', names: { uk: 'Kalibr and Iskander-M' } });
	});

	it('gives two models without a letter or digit in ASCII types of their own, and lists a model that lands on a type of another name', () => {
		const types = modelTypes([{ id: 'iskander-m', name: 'Iskander-M ballistic missiles', category: 'ballistic-missile' }], new Map());
		const [a, b] = [types.typeOf('神'), types.typeOf('火')];
		expect(a).toMatch(/^model-[0-9a-f]{8}$/);
		expect(b).toMatch(/^model-[0-9a-f]{8}$/);
		expect(a).not.toBe(b);
		expect(types.typeOf('神')).toBe(a);
		expect(types.typeOf('Foo-1')).toBe('foo-1');
		expect(types.typeOf('Foo 1')).toBe('foo-1');
		expect(types.typeOf('Iskander-M')).toBe('iskander-m');
		expect(types.shared()).toEqual([
			{ model: 'Foo 1', id: 'foo-1', name: 'Foo-1' },
			{ model: 'Iskander-M', id: 'iskander-m', name: 'Iskander-M ballistic missiles' },
		]);
	});

	it('checks that a combined type includes types of the file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-taxonomy-'));
		writeFileSync(join(dir, 'regions.yaml'), '[]\n');
		writeFileSync(join(dir, 'munitions.yaml'), '- { id: x-22, name: X-22, category: cruise-missile, aliases: [X-22] }\n- { id: x-22-and-x-32, name: X-22 and X-32, category: cruise-missile, includes: [x-22, x-32] }\n');
		expect(readTaxonomies(dir).problems.map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`)).toEqual([
			'2:88 [1].includes[1]: includes "x-32", which is no id in this file',
		]);
	});

	it('reads the lookup file', () => {
		expect(readModelCategories('model,category\nZALA,UAV\n', 'm.csv')).toEqual(new Map([['ZALA', 'UAV']]));
	});
});

describe('figures of an attack', () => {
	const attackOf = (...r: string[]) => groupAttacks(readAttackRows(csv(...r), 'x.csv')).attacks[0];
	const types = () => modelTypes([], new Map([['Shahed-136/131', 'UAV']]));

	it('adds same-model rows together and says so; a blank count is left out, never 0', () => {
		const figures = attackFigures(
			attackOf(
				row('2024-03-06 21:00', '2024-03-07 06:00', 'Shahed-136/131', '5.0', '4.0'),
				row('2024-03-06 22:00', '2024-03-07 05:00', 'Shahed-136/131', '3.0', '3.0'),
				row('2024-03-06 22:00', '2024-03-07 05:00', 'ZALA', '', '1.0'),
			),
			types(),
		);
		expect(munitionEntries(figures.entries)).toEqual([
			{ type: 'shahed-136-131', launched: { value: 8, source: 'air-force' }, intercepted: { value: 7, source: 'air-force' }, note: "The report's 2 rows for this weapon are added together." },
			{ type: 'zala', intercepted: { value: 1, source: 'air-force' } },
		]);
		expect(figures.notices[0].message).toBe('Shahed-136/131: 2 rows of one report (lines 2, 3) are added together');
		expect(figures.problems).toEqual([]);
	});

	it('refuses more destroyed than launched after adding, naming every line', () => {
		const figures = attackFigures(
			attackOf(row('2024-03-06 21:00', '2024-03-07 06:00', 'Shahed-136/131', '2.0', '3.0'), row('2024-03-06 21:00', '2024-03-07 06:00', 'Shahed-136/131', '1.0', '1.0')),
			types(),
		);
		expect(figures.problems).toEqual([
			{ lines: [2, 3], field: 'destroyed', severity: 'error', message: '4 destroyed is more than the 3 launched (Shahed-136/131, lines 2, 3 added together)' },
		]);
	});

	it('reports a fractional count as a problem of its line', () => {
		const figures = attackFigures(attackOf(row('2024-03-06', '2024-03-06', 'ZALA', '2.5', '')), types());
		expect(figures.problems).toEqual([{ lines: [2], field: 'launched', severity: 'error', message: '2.5 is not a whole number' }]);
	});
});

describe('a covering brief', () => {
	it('lists each figure where the dataset and the brief differ', () => {
		const brief = {
			munitions: [
				{ type: 'shahed-136-131', launched: { claims: [{ value: 805, source: 'metro' }, { value: 810, source: 'air-force' }] }, intercepted: { value: 747, source: 'metro' } },
			],
		};
		expect(
			coveredDifferences(brief, [
				{ type: 'shahed-136-131', launched: { value: 810, source: 'air-force' }, intercepted: { value: 747, source: 'air-force' } },
				{ type: 'x-59', launched: { value: 2, source: 'air-force' } },
			]),
		).toEqual(['shahed-136-131 launched: the dataset says 810, the brief 805–810', 'x-59: the dataset lists it (launched 2), the brief does not']);
	});
});
