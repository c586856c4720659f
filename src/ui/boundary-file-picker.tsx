import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { t } from '../lib/i18n';
import { prepareBoundaries, readBoundaries, type PreparedBoundaries } from '../actions/boundary-files';
import type { AreaCandidate, AreaFields, AreaProblem } from '../actions/boundary-files';
import { problemText, problemsText } from './problem-words';

export interface PickedBoundaries {
  fileName: string;
  fields: AreaFields;
  /** The boundaries to use: the valid ones, plus repaired ones when the user chose to repair. */
  areas: AreaCandidate[];
}

/** "21 of 21 boundaries are ready, e.g. “Ashton upon Mersey” (E05000819)." */
function readiness(areas: readonly AreaCandidate[], total: number): string {
  const first = areas[0];
  const values = { ready: areas.length, total };
  if (!first) return t('{total, plural, one {{ready} of # boundary is ready.} other {{ready} of # boundaries are ready.}}', values);
  const example = first.code ? `\u201c${first.name}\u201d (${first.code})` : `\u201c${first.name}\u201d`;
  return t('{total, plural, one {{ready} of # boundary is ready, e.g. {example}.} other {{ready} of # boundaries are ready, e.g. {example}.}}', { ...values, example });
}

/** Chooses a boundary GeoJSON, confirms its name and code properties, and lists what was refused. */
export function BoundaryFilePicker({ label, onChange, initialFile }: { label: string; onChange: (picked: PickedBoundaries | null) => void; initialFile?: File }) {
  const [prepared, setPrepared] = useState<PreparedBoundaries | null>(null);
  const [fields, setFields] = useState<AreaFields>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [repair, setRepair] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // Checking every boundary (crossings, rings) takes a while for detailed files: only when the file or fields change.
  const read = useMemo(() => (prepared ? readBoundaries(prepared, fields) : null), [prepared, fields]);
  const repairable = useMemo(() => read?.problems.filter((p): p is AreaProblem & { repaired: NonNullable<AreaProblem['repaired']> } => p.repaired !== undefined) ?? [], [read]);
  const areas = useMemo(
    () =>
      read
        ? [
            ...read.areas,
            ...(repair
              ? repairable.map((p) => ({
                  line: p.line,
                  name: p.name,
                  code: fields.code ? (prepared?.records.find((r) => r.line === p.line)?.values[fields.code] ?? '') : '',
                  geometry: p.repaired,
                  notices: [],
                }))
              : []),
          ]
        : [],
    [read, repairable, repair],
  );
  useEffect(() => onChange(prepared ? { fileName: prepared.fileName, fields, areas } : null), [areas]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = await prepareBoundaries(file);
    if (!result.ok) return (setProblem(problemsText(result.error)), setPrepared(null));
    setProblem(null);
    setPrepared(result.value);
    setFields(result.value.fields);
    setRepair(false);
  };
  // A file handed over by "Import data" (it recognised a boundary file) is read at once.
  useEffect(() => void choose(initialFile), [initialFile]);
  const propertySelect = (id: string, text: string, which: keyof AreaFields) => (
    <div class="field">
      <label for={id}>{text}</label>
      <select id={id} value={fields[which] ?? ''} onChange={(e) => setFields({ ...fields, [which]: e.currentTarget.value || undefined })}>
        <option value="">{t('(none)')}</option>
        {prepared?.properties.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <div class="field">
        <label for="boundary-file">{label}</label>
        {initialFile && !prepared && !problem && <p role="status">{t('Reading \u201c{file}\u201d…', { file: initialFile.name })}</p>}
        <input id="boundary-file" ref={input} type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {problem && (
        <p class="form-problems" role="alert">
          {problem}
        </p>
      )}
      {prepared && read && (
        <>
          <div class="field-row">
            {propertySelect('boundary-name-property', t('Name property'), 'name')}
            {propertySelect('boundary-code-property', t('Code property'), 'code')}
          </div>
          {prepared.notices.map((n) => (
            <p class="notice" key={n}>
              {problemText(n)}
            </p>
          ))}
          <p role="status">
            {readiness(read.areas, prepared.records.length)}
            {read.problems.length > 0 ? ` ${t('{count, plural, one {# cannot be used as it is:} other {# cannot be used as they are:}}', { count: read.problems.length })}` : ''}
          </p>
          {read.problems.length > 0 && (
            <ul class="problem-list" aria-label={t('Boundaries not imported')}>
              {read.problems.slice(0, 50).map((p) => (
                <li key={p.line}>
                  {t('Feature {line} ({name}):', { line: p.line, name: p.name })} {problemText(p.reason)}
                </li>
              ))}
            </ul>
          )}
          {repairable.length > 0 && (
            <label class="check">
              <input type="checkbox" checked={repair} onChange={(e) => setRepair(e.currentTarget.checked)} />
              <span>
                {t('{count, plural, one {Repair the # boundary that crosses itself} other {Repair the # boundaries that cross themselves}}', { count: repairable.length })}
                <small>{t('Each loop of a figure-of-eight becomes its own part of the same area.')}</small>
              </span>
            </label>
          )}
        </>
      )}
    </>
  );
}
