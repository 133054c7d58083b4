import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Build tests run the real `astro build`.
		testTimeout: 180_000,
		hookTimeout: 180_000,
	},
});
