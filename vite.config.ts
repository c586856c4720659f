import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { policyText } from './scripts/content-security-policy.ts';

/**
 * Puts the Content-Security-Policy into the built index.html as a <meta> tag, so it holds however
 * the files are served. Not in development: Vite's dev server injects inline scripts of its own.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'asset-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policyText() }, injectTo: 'head-prepend' }],
  };
}

/**
 * The real open-data samples in data/samples, served at /samples/ so "Import data" can offer them to
 * a coordinator with no file to hand. Copied into the build; served from the folder in development.
 * Not precached: they are help, not the app.
 */
function sampleFiles(): Plugin {
  const dir = 'data/samples';
  const files = () => readdirSync(dir).filter((name) => /\.(csv|geojson)$/.test(name));
  return {
    name: 'asset-atlas-samples',
    generateBundle() {
      for (const name of files()) this.emitFile({ type: 'asset', fileName: `samples/${name}`, source: readFileSync(`${dir}/${name}`) });
    },
    configureServer(server) {
      server.middlewares.use('/samples', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').replace(/^\//, ''));
        if (!files().includes(name)) return next();
        response.setHeader('Content-Type', name.endsWith('.csv') ? 'text/csv' : 'application/geo+json');
        response.end(readFileSync(`${dir}/${name}`));
      });
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicy(),
    sampleFiles(),
    // The service worker precaches the whole app (shell, MapLibre and its worker, fonts, the local
    // style in the bundle, the demo workspace), so after one visit it opens with no network.
    // 'prompt': an update waits for the coordinator's tap, never reloading under a half-filled form.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Asset Atlas',
        short_name: 'Asset Atlas',
        description: 'Map and plan with what your neighbourhood already has — offline-first.',
        theme_color: '#2f3b52',
        background_color: '#f3f0e8',
        display: 'standalone',
        start_url: '.',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,woff2,webmanifest}'],
        // MapLibre's main chunk is ~1.1 MB; the default 2 MB cap would be fine today but not with headroom.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the very first visit already works offline.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // MapLibre alone is ~1 MB minified; it is split into its own chunk so app changes stay cheap to re-cache.
    chunkSizeWarningLimit: 1400,
    rollupOptions: {
      output: {
        // With the app split into chunks loaded on first use, keep modules running in source order
        // across chunks: zod-without-eval must run before any chunk builds and parses a schema.
        strictExecutionOrder: true,
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          return undefined;
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
