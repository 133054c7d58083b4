import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content';
import { formatProblem } from '../src/lib/check/problem';
import { syntheticBriefs, writeSyntheticContent } from './helpers/synthetic';

describe('the synthetic content generator', () => {
	it('writes valid briefs with every figure form', () => {
		const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
		writeSyntheticContent(dir, { briefs: 300, seed: 7 });
		expect(readdirSync(join(dir, 'briefs'))).toHaveLength(300);
		const { problems, briefs } = checkContent(dir);
		expect(problems.map(formatProblem)).toEqual([]);
		const forms = new Set(
			briefs.flatMap((b) =>
				Object.values(b.brief!.casualties ?? {}).map((f) =>
					typeof f === 'number' ? 'bare' : 'claims' in f ? 'claims' : 'value' in f ? 'value' : f.max === undefined ? 'min' : 'range',
				),
			),
		);
		expect([...forms].sort()).toEqual(['bare', 'claims', 'min', 'range', 'value']);
	});
	it('is deterministic for a seed', () => {
		expect(syntheticBriefs({ briefs: 20, seed: 3 })).toEqual(syntheticBriefs({ briefs: 20, seed: 3 }));
		expect(syntheticBriefs({ briefs: 20, seed: 3 })).not.toEqual(syntheticBriefs({ briefs: 20, seed: 4 }));
	});
});
