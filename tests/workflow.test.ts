import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './helpers/build';

const text = readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8');
const workflow = parse(text);

describe('the GitHub workflow, which builds strangers’ pull requests', () => {
	it('runs on pull_request, never pull_request_target, with a read-only token and no secrets', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(workflow.jobs.build.permissions).toBeUndefined();
		expect(text).not.toMatch(/\$\{\{[^}]*secrets\./);
	});

	it('checks, tests, builds and uploads the site on every run', () => {
		const runs = workflow.jobs.build.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses);
		const order = ['npm ci --no-audit --no-fund', 'npm run check', 'npm test', 'npm run build', 'actions/upload-artifact@v4'];
		const at = order.map((step) => runs.indexOf(step));
		expect(at.every((index, i) => index >= 0 && (i === 0 || index > at[i - 1])), `steps in order: ${runs.join(', ')}`).toBe(true);
	});

	it('deploys to GitHub Pages only from main, in a job of its own', () => {
		const { deploy } = workflow.jobs;
		expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy.needs).toBe('build');
	});
});
