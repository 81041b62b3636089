import { defineConfig } from 'vitest/config';

/** Two projects: fast unit tests (model, client logic) and integration tests that start a real server. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['model/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
          fileParallelism: false,
          // junkRooms.int.test.ts measures the heap after a full collection.
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
});
