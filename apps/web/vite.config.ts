import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The browser UI. Built into dist/web, which apps/api serves at / (npm run build:web). */
export default defineConfig({
  root: here('.'),
  base: '/',
  // Vite 8 transforms TSX with Oxc; the automatic runtime means no `import React` in every file.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // The domain's pure calendar maths, shared with the server (one source of truth for deadlines).
    alias: { '@domain': here('../../libs/domain/src') },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // react-router marks its modules "use client" (for RSC); meaningless in this client-only bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
