import { defineConfig } from 'vite'

// The page is served by vcf-agent-server at `/`, assets under `/assets/`; nothing is loaded from a CDN.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
})
