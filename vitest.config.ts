import { defineConfig } from 'vitest/config';

// Unit tests: model, geo, io, store. Pure node (fake-indexeddb stands in for the browser's IndexedDB).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
