import { fieldKey, TypeFieldSchema, type FieldKind, type TypeFields } from '../../model/type-fields';
import { foldForMatch } from '../../lib/fold';
import { parseWith } from '../../model/problems';
import { ok, refuse, sentences } from '../../lib/result';
import type { Intent } from './intent';
import { fill, msg } from '../../lib/i18n/msg';

const sameType = (a: string, b: string) => foldForMatch(a.trim()) === foldForMatch(b.trim());

/**
 * Gives a type a new field ("Playground", yes/no, for parks). Its key comes from its name; the values
 * already kept under that key (from an import) become the field's.
 */
export const addTypeField: Intent<{ type: string; label: string; kind: FieldKind }, TypeFields[]> = (view, { type, label, kind }) => {
  const name = type.trim().toLowerCase();
  if (name === '') return refuse(msg('Name the type the field is for.'), { field: 'type' });
  const parsed = parseWith(TypeFieldSchema, { key: fieldKey(label), label, kind });
  if (!parsed.ok) return refuse(fieldKey(label) === '' ? msg('Give the field a name with letters or digits.') : sentences(parsed.error), { field: 'label' });
  const current = view.settings.typeFields;
  const existing = current.find((t) => sameType(t.type, name));
  if (existing?.fields.some((f) => f.key === parsed.value.key)) return refuse(fill(msg('“{type}” already has a field “{field}”.'), { type: name, field: label.trim() }), { field: 'label' });
  if (existing && existing.fields.length >= 30) return refuse(fill(msg('“{type}” has 30 fields, the most a type can have.'), { type: name }), { field: 'label' });
  const typeFields = existing ? current.map((t) => (t === existing ? { ...t, fields: [...t.fields, parsed.value] } : t)) : [...current, { type: name, fields: [parsed.value] }];
  return ok({ settings: { typeFields }, value: typeFields });
};

/** Takes a field off a type (the last one takes the type off the list). Values kept on assets stay, as other details. */
export const removeTypeField: Intent<{ type: string; key: string }, TypeFields[]> = (view, { type, key }) => {
  const typeFields = view.settings.typeFields.flatMap((t) => {
    if (!sameType(t.type, type)) return [t];
    const fields = t.fields.filter((f) => f.key !== key);
    return fields.length > 0 ? [{ ...t, fields }] : [];
  });
  return ok({ settings: { typeFields }, value: typeFields });
};
