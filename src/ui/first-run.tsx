import { sentences } from '../lib/result';
import { useEffect, useRef, useState } from 'preact/hooks';
import { openDemoWorkspace, startEmpty } from '../actions/workspace-actions';

/** Shown until the coordinator chooses how to begin; nothing is written before they choose. */
export function FirstRun() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), []);
  const openDemo = async () => {
    setBusy(true);
    const result = await openDemoWorkspace();
    if (!result.ok) setProblem(sentences(result.error));
    setBusy(false);
  };
  return (
    <div class="dialog-backdrop">
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="first-run-title" aria-describedby="first-run-text">
        <h1 id="first-run-title">Welcome to Asset Atlas</h1>
        <p id="first-run-text">
          Map what your neighbourhood already has — people&rsquo;s skills, groups, institutions, spaces, shops and culture — on this device, with or without a signal. Everything you record stays on
          this device until you export it.
        </p>
        <div class="actions">
          <button type="button" class="primary" ref={primary} disabled={busy} onClick={openDemo}>
            Open demo workspace
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => void startEmpty()}>
            Start empty
          </button>
        </div>
        <p class="hint">The demo is Millbrook, a fictional town with five neighbourhoods and about 150 assets. You can undo it.</p>
        {problem && <p role="alert">{problem}</p>}
      </section>
    </div>
  );
}
