/**
 * Lets the page paint and answer input between slices of long work: the rest runs in a task of its
 * own, queued by a message rather than setTimeout, whose 4 ms clamp would add up over many slices.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
