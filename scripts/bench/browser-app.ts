import { build, preview, type PreviewServer } from 'vite';

/** Builds the app as shipped and serves it on a free loopback port, for benchmarks in Chromium. */
export async function serveProductionBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ logLevel: 'warn' });
  const server: PreviewServer = await preview({ preview: { host: '127.0.0.1', port: 0, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return { url, close: () => new Promise((resolve) => server.httpServer.close(() => resolve())) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The value at or below which `share` (0..1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN;
}
