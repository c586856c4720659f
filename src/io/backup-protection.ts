import { MIN_PBKDF2_ITERATIONS, PROTECTED_BACKUP_FORMAT, ProtectedBackupSchema } from '../model/backup';
import { base64ToBytes, bytesToBase64 } from '../lib/base64';
import { ok, refuse, type Result } from '../lib/result';
import { fill, msg } from '../lib/i18n/msg';

/** Shorter passphrases are refused: the file may sit in a Downloads folder or a shared drive. */
export const MIN_PASSPHRASE_LENGTH = 10;

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, use: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [use]);
}

/** Seals a backup's text with a passphrase (Web Crypto: PBKDF2-SHA256 → AES-256-GCM). */
export async function protectBackup(text: string, passphrase: string, iterations = MIN_PBKDF2_ITERATIONS): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)));
  return JSON.stringify({
    format: PROTECTED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(sealed),
  });
}

/** True when a file's first characters say it is a protected backup (cheap: no parse of the whole). */
export function looksProtected(head: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"asset-atlas-backup-protected"/.test(head);
}

/**
 * Opens a protected backup with its passphrase. A wrong passphrase and a damaged file both fail
 * AES-GCM's check, so neither can yield a half-read backup; the message says which is likelier.
 */
export async function unprotectBackup(text: string, passphrase: string): Promise<Result<string>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(msg('The file is not valid JSON, so it is not an Asset Atlas backup.'));
  }
  const parsed = ProtectedBackupSchema.safeParse(json);
  if (!parsed.success) return refuse(fill(msg('This protected backup cannot be read: {problem}.'), { problem: parsed.error.issues[0]?.message ?? msg('its envelope is damaged') }));
  const { kdf, cipher, ciphertext } = parsed.data;
  try {
    const key = await deriveKey(passphrase, base64ToBytes(kdf.salt), kdf.iterations, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64ToBytes(cipher.iv) }, key, base64ToBytes(ciphertext));
    return ok(new TextDecoder().decode(plain));
  } catch {
    return refuse(msg('The passphrase does not open this backup (or the file was changed since it was saved). Check the passphrase and try again.'));
  }
}
