import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './scripts/graphql-documents';

const shared = fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  resolve: { alias: { '@lalaland/shared': shared } },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/health': 'http://localhost:3000',
      '/exports': 'http://localhost:3000',
      '/documents': 'http://localhost:3000',
      '/imports': 'http://localhost:3000',
    },
  },
  build: { sourcemap: false, chunkSizeWarningLimit: 5000, reportCompressedSize: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
  },
});
