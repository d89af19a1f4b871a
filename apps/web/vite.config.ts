import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `pnpm dev` proxies GraphQL to the server started by `pnpm --filter @jifen/server dev`.
const apiTarget = process.env['JIFEN_API'] ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages (@jifen/scoring) export their TypeScript sources under `source`.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': { target: apiTarget }, '/evidence': { target: apiTarget } },
  },
  build: {
    target: 'es2022',
    // Two pages: the admin app, and the GraphQL explorer the server serves at /graphql.
    rollupOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html' },
    },
    // Route chunks that pull in antd's big widgets are expected to pass the default 500 KB warning.
    chunkSizeWarningLimit: 1500,
  },
});
