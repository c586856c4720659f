import { z } from 'zod/mini';

// Zod compiles fast object parsers with `new Function` when eval is allowed, and probes for it by
// trying. The page's Content-Security-Policy forbids eval, so the probe would only fail and report a
// violation on every start. Imported first by main.tsx, before any schema is built.
z.config({ jitless: true });
