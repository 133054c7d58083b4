import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The browser suite has its own config and command: npm run test:e2e.
		exclude: [...configDefaults.exclude, 'tests/e2e/**'],
		// Build tests run the real `astro build`.
		testTimeout: 180_000,
		hookTimeout: 180_000,
	},
});
