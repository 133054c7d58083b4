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
		expect(workflow.jobs.build.permissions).toEqual({ contents: 'read', pages: 'read' });
		expect(text).not.toMatch(/\$\{\{[^}]*secrets\./);
	});

	it('checks, tests, builds and uploads the site on every run', () => {
		const runs = workflow.jobs.build.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses);
		const order = ['npm ci --no-audit --no-fund', 'npm run check', 'npm test', 'npm run build', 'actions/upload-artifact@v4'];
		const at = order.map((step) => runs.indexOf(step));
		expect(at.every((index, i) => index >= 0 && (i === 0 || index > at[i - 1])), `steps in order: ${runs.join(', ')}`).toBe(true);
	});

	it('builds main with SITE_URL set from the GitHub Pages address (or the SITE_URL variable)', () => {
		const steps = workflow.jobs.build.steps as { id?: string; uses?: string; if?: string; name?: string; env?: Record<string, string> }[];
		const pages = steps.findIndex((s) => s.uses === 'actions/configure-pages@v5');
		const build = steps.findIndex((s) => s.name === 'Build');
		expect(pages).toBeGreaterThan(-1);
		expect(pages).toBeLessThan(build);
		expect(steps[pages].id).toBe('pages');
		expect(steps[pages].if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
		expect(steps[build].env!.SITE_URL).toBe('${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
	});

	it('deploys to GitHub Pages only from main, in a job of its own', () => {
		const { deploy } = workflow.jobs;
		expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy.needs).toBe('build');
	});
});
