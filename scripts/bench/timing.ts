/** Runs `work` `runs` times (after one warm-up) and returns the median in milliseconds. */
export async function medianMs(runs: number, work: () => Promise<void> | void): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
