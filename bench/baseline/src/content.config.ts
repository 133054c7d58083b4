import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const briefs = resolve(process.env.CONTENT_DIR || '../../content', 'briefs');

export const collections = {
	briefs: defineCollection({
		// The originals only: B0 builds one page per brief, as the site did before it had a second language.
		loader: glob({ pattern: ['*.mdx', '!*.*.mdx'], base: pathToFileURL(`${briefs}/`) }),
		schema: z.looseObject({}),
	}),
};
