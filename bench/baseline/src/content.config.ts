import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const briefs = resolve(process.env.CONTENT_DIR || '../../content', 'briefs');

export const collections = {
	briefs: defineCollection({
		loader: glob({ pattern: '*.mdx', base: pathToFileURL(`${briefs}/`) }),
		schema: z.looseObject({}),
	}),
};
