/** A new random RFC 4122 version-4 UUID (crypto-strength where the platform has it). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A version-4-shaped UUID from a seeded generator, so generated demo data is reproducible. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
