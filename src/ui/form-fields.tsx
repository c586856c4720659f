import type { ComponentChildren } from 'preact';
import { problemText } from './problem-words';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ComponentChildren;
}

/** A labelled field with its hint and inline error; the control inside uses `id` and `describedBy(id)`. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="field-hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="field-error">
          {problemText(error)}
        </small>
      )}
    </div>
  );
}

/** The aria attributes that tie a control to its hint and error. */
export function describedBy(id: string, error: string | undefined, hint?: string) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined } as const;
}

/** A field's problem from an intent, without the schema's field name in front (the label says it). */
export const fieldProblem = (problems: readonly { message: string; field?: string }[], field: string): string | undefined =>
  problems.find((p) => p.field === field)?.message.replace(new RegExp(`^${field}(\\.\\w+)*: `), '');
