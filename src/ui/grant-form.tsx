import { findAsset } from '../model/asset-links';
import { useState } from 'preact/hooks';
import { appState } from '../store/state';
import { normalisePostcode, orgIdFromNumber, readPounds, saveInvestment } from '../actions/investments';
import { INVESTMENT_STATUSES, type Investment, type InvestmentStatus, type Recipient } from '../model/investment';
import type { Asset } from '../model/asset';
import type { Problem } from '../lib/result';
import { Field, describedBy, fieldProblem } from './form-fields';
import { AssetPicker } from './asset-picker';
import { toast } from './ui-state';
import { msg, t } from '../lib/i18n';
import { formatMoney } from '../lib/i18n/format';
import { problemText } from './problem-words';

export const STATUS_NAMES: Record<InvestmentStatus, string> = { applied: msg('Applied'), awarded: msg('Awarded'), paid: msg('Paid'), completed: msg('Completed'), withdrawn: msg('Withdrawn') };

/** Who may receive a grant: groups, institutions and places, and people who agreed to be recorded. */
const mayReceive = (a: Asset) => a.category !== 'individuals' || a.person?.consent.status === 'given';

const today = () => new Date().toISOString().slice(0, 10);

/** Add or edit a grant: recipient (on the map, or a group that is not), amount, date, programme, purpose, status. */
export function GrantForm({ grant, programmes, onDone }: { grant: Investment | null; programmes: readonly string[]; onDone: () => void }) {
  const existing = grant?.recipient;
  const [recipientAsset, setRecipientAsset] = useState<string | null>(existing && 'assetId' in existing ? existing.assetId : null);
  const [groupName, setGroupName] = useState(existing && 'name' in existing ? existing.name : '');
  const [postcode, setPostcode] = useState('');
  const [number, setNumber] = useState(existing?.orgId ?? '');
  const [amount, setAmount] = useState(grant ? (grant.amountPence / 100).toFixed(2) : '');
  const [date, setDate] = useState(grant?.awardedOn ?? today());
  const [programme, setProgramme] = useState(grant?.programme ?? programmes[0] ?? '');
  const [purpose, setPurpose] = useState(grant?.purpose ?? '');
  const [status, setStatus] = useState<InvestmentStatus>(grant?.status ?? 'awarded');
  const [outcome, setOutcome] = useState(grant?.outcome ?? '');
  const [supports, setSupports] = useState<readonly string[]>(grant?.supports ?? []);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const asset = findAsset(appState.assets.value, recipientAsset);
  const save = async () => {
    const found: Problem[] = [];
    const pence = readPounds(amount);
    if (!pence.ok) found.push({ field: 'amount', message: `${pence.reason[0]?.toLocaleUpperCase() ?? ''}${pence.reason.slice(1)}.` });
    const orgId = number.trim() ? orgIdFromNumber(number) : null;
    if (number.trim() && !orgId) found.push({ field: 'orgId', message: t('A charity number (1234567), a company number (01234567) or an org-id (GB-CHC-1234567).') });
    let recipient: Recipient | null = null;
    if (recipientAsset) recipient = { assetId: recipientAsset, ...(orgId ? { orgId } : {}) };
    else if (groupName.trim()) {
      const code = normalisePostcode(postcode);
      const at = code ? appState.postcodeTable.value?.lookup.get(code) : undefined;
      if (code && !at)
        found.push({
          field: 'postcode',
          message: appState.postcodeTable.value ? t('That postcode is not in the postcode table.') : t('Load a postcode table (Settings → Postcodes) to place a group by its postcode.'),
        });
      const kept = existing && 'name' in existing && !code ? existing.at : undefined;
      recipient = { name: groupName.trim(), ...(orgId ? { orgId } : {}), ...(at ? { at: [at[0], at[1]] } : kept ? { at: kept } : {}) };
    } else found.push({ field: 'recipient', message: t('Choose the recipient on the map, or name a group that is not on it.') });
    if (found.length > 0 || !pence.ok || !recipient) return setProblems(found);
    const saved = await saveInvestment({ id: grant?.id ?? null, programme, amountPence: pence.value, awardedOn: date, recipient, purpose, status, outcome, supports });
    if (!saved.ok) return setProblems(saved.error);
    toast.value = {
      message: grant ? t('Saved the grant of {amount}', { amount: formatMoney(saved.value.amountPence) }) : t('Recorded the grant of {amount}', { amount: formatMoney(saved.value.amountPence) }),
      undoable: true,
    };
    onDone();
  };
  const error = (field: string) => fieldProblem(problems, field);
  const general = problems.filter((p) => !['amount', 'orgId', 'postcode', 'recipient', 'programme', 'awardedOn', 'purpose'].includes(p.field ?? ''));
  return (
    <form class="grant-form" aria-labelledby="grant-form-title" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h3 id="grant-form-title">{grant ? t('Edit grant') : t('Add grant')}</h3>
      <fieldset class="field">
        <legend>{t('Recipient')}</legend>
        {asset ? (
          <p class="grant-recipient">
            {asset.name}
            <button type="button" class="secondary" onClick={() => setRecipientAsset(null)}>
              {t('Change recipient')}
            </button>
          </p>
        ) : (
          <>
            <AssetPicker
              id="grant-recipient"
              label={t('Find the recipient on the map')}
              accept={mayReceive}
              verb={t('Choose')}
              onPick={(a) => (setRecipientAsset(a.id), setGroupName(''))}
              none={t('No asset of that name: name the group below.')}
            />
            <Field id="grant-group" label={t('Or a group not on the map')} error={error('recipient')}>
              <input id="grant-group" value={groupName} onInput={(e) => setGroupName(e.currentTarget.value)} {...describedBy('grant-group', error('recipient'))} />
            </Field>
            <Field id="grant-postcode" label={t('Where the group meets (postcode)')} error={error('postcode')}>
              <input id="grant-postcode" value={postcode} autoCapitalize="characters" onInput={(e) => setPostcode(e.currentTarget.value)} {...describedBy('grant-postcode', error('postcode'))} />
            </Field>
          </>
        )}
        {error('recipient') && asset && <small class="field-error">{error('recipient')}</small>}
      </fieldset>
      <Field id="grant-number" label={t('Charity or company number (if registered)')} error={error('orgId')}>
        <input id="grant-number" value={number} onInput={(e) => setNumber(e.currentTarget.value)} {...describedBy('grant-number', error('orgId'))} />
      </Field>
      <div class="field-row">
        <Field id="grant-amount" label={t('Amount (£)')} error={error('amount')}>
          <input id="grant-amount" inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} {...describedBy('grant-amount', error('amount'))} />
        </Field>
        <Field id="grant-date" label={t('Date awarded')} error={error('awardedOn')}>
          <input id="grant-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} {...describedBy('grant-date', error('awardedOn'))} />
        </Field>
      </div>
      <Field id="grant-programme" label={t('Programme')} error={error('programme')}>
        <input
          id="grant-programme"
          list="grant-programmes"
          value={programme}
          placeholder={t('e.g. Microgrants 2026')}
          onInput={(e) => setProgramme(e.currentTarget.value)}
          {...describedBy('grant-programme', error('programme'))}
        />
      </Field>
      <datalist id="grant-programmes">
        {programmes.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <Field id="grant-purpose" label={t('Purpose')} error={error('purpose')}>
        <input id="grant-purpose" value={purpose} placeholder={t('What the money is for')} onInput={(e) => setPurpose(e.currentTarget.value)} {...describedBy('grant-purpose', error('purpose'))} />
      </Field>
      <Field id="grant-status" label={t('Status')}>
        <select id="grant-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as InvestmentStatus)}>
          {INVESTMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_NAMES[s])}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="field">
        <legend>{t('Assets it supports (optional)')}</legend>
        {supports.length > 0 && (
          <ul class="links" aria-label={t('Assets it supports')}>
            {supports.map((id) => {
              const supported = findAsset(appState.assets.value, id);
              return (
                <li key={id}>
                  {supported?.name ?? t('An asset no longer on the map')}
                  <button
                    type="button"
                    class="secondary"
                    aria-label={supported ? t('Remove {name}', { name: supported.name }) : t('Remove the asset')}
                    onClick={() => setSupports(supports.filter((s) => s !== id))}
                  >
                    {t('Remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <AssetPicker
          id="grant-supports"
          label={t('Find an asset it supports')}
          accept={(a) => a.category !== 'individuals' && !supports.includes(a.id)}
          verb={t('Add')}
          onPick={(a) => setSupports([...supports, a.id])}
          none={t('No asset of that name.')}
        />
      </fieldset>
      <Field id="grant-outcome" label={t('Outcome notes')}>
        <textarea id="grant-outcome" rows={3} value={outcome} onInput={(e) => setOutcome(e.currentTarget.value)} />
      </Field>
      {general.length > 0 && (
        <ul class="form-problems" role="alert">
          {general.map((p) => (
            <li key={p.message}>{problemText(p.message)}</li>
          ))}
        </ul>
      )}
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('Save grant')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('Cancel')}
        </button>
      </div>
    </form>
  );
}
