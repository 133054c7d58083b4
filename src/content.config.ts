import { defineCollection } from 'astro:content';
import { briefsLoader } from './loaders/briefs';

export const collections = {
	briefs: defineCollection({ loader: briefsLoader() }),
};
