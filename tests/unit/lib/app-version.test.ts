import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src/lib/app-version';

describe('APP_VERSION', () => {
  it('is the version package.json declares, so backups name the release that wrote them', () => {
    const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(APP_VERSION).toBe(declared);
  });
});
