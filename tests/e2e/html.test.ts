import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { nuErrors } from './helpers/nu';
import { samplePages, sitePaths } from './helpers/site-pages';

const siteDir = inject('siteDir');
const files = [...samplePages(sitePaths(siteDir), 5).map((path) => join(siteDir, path, 'index.html')), join(siteDir, '404.html')];

describe('the HTML of the built site', () => {
	it('has no error in the Nu HTML Checker on any sampled page', () => {
		const errors = nuErrors(files).map(({ file, line, message }) => `${file.slice(siteDir.length)}:${line}: ${message}`);
		expect(files.length).toBeGreaterThan(5);
		expect(errors).toEqual([]);
	});
});
