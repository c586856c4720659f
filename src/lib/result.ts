/**
 * Why an input was refused, in words a coordinator reads. `field` names the form field (or file
 * column) it belongs to, so a form can show it beside that field; `recordId` names a stored record
 * the user can open to fix it (a neighbourhood whose boundary needs repair).
 */
export interface Problem {
  message: string;
  field?: string;
  recordId?: string;
}

/**
 * A value, or the problems that kept it from being had: the one shape for bad user data and refused
 * intents across model, io, store and actions (never for programmer errors, which throw). The error
 * is always `Problem[]`, so a caller never guesses the field; the store's own failures are a
 * `StoreError`, which the intent runner turns into problems.
 */
export type Result<T, E = Problem[]> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** A refusal for one reason: `refuse('Choose a file.')`. */
export const refuse = (message: string, where: Omit<Problem, 'message'> = {}): Result<never, Problem[]> => err([{ message, ...where }]);

/** Problems from plain sentences (a parser's list of readable reasons). */
export const problemsFrom = (messages: readonly string[]): Problem[] => messages.map((message) => ({ message }));

/** The problems' sentences, one per line of a list. */
export const messagesOf = (problems: readonly Problem[]): string[] => problems.map((p) => p.message);

/** The problems as one paragraph, for a message line. */
export const sentences = (problems: readonly Problem[]): string => problems.map((p) => p.message).join(' ');
