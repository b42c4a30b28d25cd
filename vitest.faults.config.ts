// Fault injection on the whole build (`npm run test:faults`): builds at once, builds killed at
// several points, in throw-away copies of the project. One file at a time: each one builds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
