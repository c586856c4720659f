/**
 * Marks text for the catalogue where it is defined (a category's name in a table of constants) and
 * returns it unchanged; `t(text)` translates it where it is shown. Text a user typed is never in a
 * catalogue, so `t` shows it as it is. A module of its own, so the model, geo and the workers mark
 * their words without loading Lingui.
 */
export const msg = <T extends string>(source: T): T => source;

/**
 * A message whose only ICU is plain `{name}` values (no plural, select, format or quote): t() fills
 * these itself, so `npm run i18n` leaves them out of the English catalogue.
 */
export const SIMPLE_MESSAGE = /^[^{}']*(\{\w+\}[^{}']*)*$/;

/**
 * A two-form plural whose forms are plain text with `#` and `{name}` values: in English t() fills
 * these itself too, so they stay out of the English catalogue (and the first download).
 */
export const SIMPLE_PLURAL = /^\{(\w+), plural, one \{([^{}']*(?:\{\w+\}[^{}']*)*)\} other \{([^{}']*(?:\{\w+\}[^{}']*)*)\}\}$/;

export type FillValues = Record<string, string | number>;

const PLURAL = /^\{(\w+), plural, one \{(.*)\} other \{(.*)\}\}$/;

/**
 * A marked template filled in English, for text made where t() is not loaded (the model, a worker):
 * `fill(msg('{label} is missing'), { label: 'Name' })` is "Name is missing". A two-form plural picks
 * its form by the count. The UI says it again in the chosen language by reading the template back
 * (lib/i18n/read-back.ts).
 */
export function fill(template: string, values: FillValues = {}): string {
  const plural = PLURAL.exec(template);
  const count = plural ? values[plural[1] ?? ''] : undefined;
  const text = plural ? (count === 1 ? plural[2] : plural[3]) : template;
  return (text ?? template).replace(/#/g, String(count ?? '')).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
