import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

// In development the API runs separately (default :3000) and Vite proxies to it; in production
// the API serves this build itself. FLOWSTAGE_API_URL points the proxy elsewhere when needed.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', 'FLOWSTAGE_');
  const apiTarget = env.FLOWSTAGE_API_URL ?? 'http://localhost:3000';
  return {
    plugins: [react()],
    server: {
      port: 5173,
      strictPort: true,
      proxy: {
        '/api': { target: apiTarget, changeOrigin: false },
        '/healthz': { target: apiTarget, changeOrigin: false },
      },
    },
    build: { outDir: 'dist', sourcemap: true },
  };
});
