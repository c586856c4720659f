import { tagsFromText } from '../model/asset-draft';
import { Field, describedBy } from './form-fields';
import { t } from '../lib/i18n';

interface TagsFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Words the workspace already uses here, most used first; those already typed are left out. */
  suggestions: readonly string[];
  hint: string;
  error?: string | undefined;
}

/** Free tags typed with commas, and the workspace's own words a tap away, so "cooking" stays one word. */
export function TagsField({ id, label, value, onChange, suggestions, hint, error }: TagsFieldProps) {
  const typed = tagsFromText(value);
  const offered = suggestions.filter((s) => !typed.includes(s)).slice(0, 8);
  const add = (word: string) => onChange([...typed, word].join(', '));
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} value={value} autoComplete="off" onInput={(e) => onChange(e.currentTarget.value)} {...describedBy(id, error, 'hint')} />
      {offered.length > 0 && (
        <div class="tag-suggestions" role="group" aria-label={t('Suggested words')}>
          {offered.map((word) => (
            <button key={word} type="button" class="secondary chip" onClick={() => add(word)}>
              + {word}
            </button>
          ))}
        </div>
      )}
    </Field>
  );
}
