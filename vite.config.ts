import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The client lives in client/ and builds into dist/ at the repo root, where the server serves it.
 * In dev (`npm run dev`) Vite serves the client on :5173 and proxies the API and the websockets to the
 * Journey server (JOURNEY_SERVER_PORT, default 1234). `changeOrigin` sends Host as localhost:<port>,
 * which the server's rebinding check answers; the browser's Origin (this dev server) is allowed by
 * scripts/dev.mjs through JOURNEY_ALLOWED_ORIGINS.
 */
const serverPort = Number(process.env.JOURNEY_SERVER_PORT ?? 1234);

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // The client has its own `client/api/*.ts` modules at /api/…: only extension-less paths are the server's.
      '^/api/(?![^?]*\\.(?:[cm]?[jt]sx?|css)(?:\\?|$))': {
        target: `http://localhost:${serverPort}`,
        changeOrigin: true,
      },
      '/ws': { target: `ws://localhost:${serverPort}`, ws: true, changeOrigin: true },
    },
  },
  preview: { port: 4173 },
});
