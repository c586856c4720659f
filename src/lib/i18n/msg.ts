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
