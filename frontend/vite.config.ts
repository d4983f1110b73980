import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The dev server proxies /api to the gateway so the app always talks to one origin.
const apiTarget = process.env.VITE_PROXY_TARGET ?? 'http://localhost:8000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  build: {
    // Maps on demand (VITE_SOURCEMAP=true) so the served bundle stays lean.
    sourcemap: process.env.VITE_SOURCEMAP === 'true',
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
