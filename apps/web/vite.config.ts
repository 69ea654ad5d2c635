import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev:web`: the api runs on its own (npm start) and the dev server forwards its paths to it.
const API = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/api': API, '/health': API, '/ready': API },
  },
});
