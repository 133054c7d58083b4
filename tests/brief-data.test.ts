import { describe, expect, it } from 'vitest';
import type { Brief } from '../src/lib/brief.ts';
import { briefData, dropBrief, forgetBriefData, keepBrief } from '../src/lib/brief-data.ts';

const data = (title: string) => ({ brief: { title } as Brief, translations: [] });

describe('the briefs kept beside the store', () => {
	it('gives each brief the data kept last for it, and only the briefs of the last load', () => {
		forgetBriefData();
		keepBrief('a', data('A'));
		keepBrief('b', data('B'));
		keepBrief('a', data('A, corrected'));
		expect(briefData('a').brief.title).toBe('A, corrected');
		expect(briefData('b').brief.title).toBe('B');
		forgetBriefData();
		keepBrief('b', data('B'));
		expect(() => briefData('a')).toThrow(/no data for the brief "a"/);
		dropBrief('b');
		expect(() => briefData('b')).toThrow(/content loader/);
	});
});
