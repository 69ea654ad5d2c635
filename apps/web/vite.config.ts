import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev:web`: the api runs on its own (npm start) and the dev server forwards its paths to it.
const API = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // the entry chunk holds React, the router and Ant Design's core: ~830 kB raw but ~265 kB gzip, inside the
  // 350 kB gzip budget the scan station has (issue 13); each screen is its own lazy chunk
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: {
    port: 5173,
    proxy: { '/api': API, '/health': API, '/ready': API },
  },
});
