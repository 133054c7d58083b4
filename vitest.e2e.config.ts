import { defineConfig } from 'vitest/config';

/** The browser suite: Debian's Chromium against the built site (`npm run test:e2e`). */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/setup.ts'],
		// One browser at a time: the machines that run this have few cores.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
