// The quality gates that read the built sites (dist/, dist-repro/, dist-subpath/):
// `npm run test:site`, after `npm run build && npm run build:variants`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
