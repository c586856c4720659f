import { useState } from 'preact/hooks';
import { CATEGORIES } from '../model/categories';
import { anonymisePerson, deleteAsset } from '../actions/asset-actions';
import { selectAsset } from '../actions/workspace-actions';
import { appState } from '../store/state';
import { CategoryBadge } from './category-badge';
import { fieldsOfType, showValue } from '../model/type-fields';
import { personalExtraKeys } from '../model/personal-data';
import { LINK_WORDS, linksBothWays } from '../model/asset-links';
import { PhotoThumbnail } from './photo-thumbnail';
import { selectedAsset, send, toast } from './ui-state';
import { ForgetPersonConfirm, anonymousName, type ForgetAction } from './forget-person-confirm';
import { teamState } from '../actions/team';
import { editedText } from './team-words';
import { msg, t } from '../lib/i18n';
import { COST_LABELS, STATUS_LABELS } from './value-labels';
import { formatDay } from '../lib/i18n/format';

const CONSENT_TEXT = { given: msg('Consent given'), 'not-asked': msg('Consent not yet asked'), withdrawn: msg('Consent withdrawn') } as const;

/** One asset, read-only, with Edit, Move and Delete. All text is rendered as text, never as HTML. */
export function AssetDetails() {
  const asset = selectedAsset.value;
  const [confirming, setConfirming] = useState<{ action: ForgetAction; assetId: string } | null>(null);
  if (!asset) return null;
  const isPerson = asset.category === 'individuals';
  const info = CATEGORIES[asset.category];
  const links = linksBothWays(asset, appState.assets.value);
  const areas = appState.neighbourhoods.value.filter((n) => asset.neighbourhoodIds.includes(n.id)).map((n) => n.name);
  const author = teamState.authors.value.get(asset.id);
  const edit = () => send({ type: 'edit-asset', asset, photos: appState.photos.value });
  const move = () => send({ type: 'move-asset', assetId: asset.id });
  const remove = async () => {
    setConfirming(null);
    if (await deleteAsset(asset.id))
      toast.value = { message: isPerson ? t('Deleted “{name}” and removed from the undo history', { name: asset.name }) : t('Deleted “{name}”', { name: asset.name }), undoable: !isPerson };
  };
  const anonymise = async () => {
    setConfirming(null);
    if (await anonymisePerson(asset.id, anonymousName(asset))) toast.value = { message: t('Anonymised: the skill is kept, the person is not'), undoable: false };
  };
  const confirmingHere = confirming?.assetId === asset.id ? confirming.action : null;
  const fields = fieldsOfType(appState.settings.value.typeFields, asset.type);
  const personal = new Set(personalExtraKeys(asset));
  // The type's own fields first, by their names, then every other detail (an imported column) by its key.
  const details: [string, string][] = [
    ...fields.filter((f) => asset.extra[f.key]).map((f): [string, string] => [f.label, showValue(f, asset.extra[f.key] ?? '')]),
    ...Object.entries(asset.extra)
      .filter(([k]) => !fields.some((f) => f.key === k))
      .map(([k, v]): [string, string] => [personal.has(k) ? t('{detail} (personal)', { detail: k }) : k, v]),
  ];
  const rows: [string, string][] = [
    [t('Type'), asset.type ? t(asset.type) : ''],
    [t('Neighbourhood'), areas.join(', ')],
    [t('Tags'), asset.tags.join(', ')],
    [t('Gifts and skills'), asset.person?.gifts.join(', ') ?? ''],
    [t('Cares about'), asset.person?.cares.join(', ') ?? ''],
    [t('Would share or teach'), asset.person?.shares.join(', ') ?? ''],
    [t('Community connector'), asset.connector ? t('{count, plural, one {Yes — connects # asset (see Links)} other {Yes — connects # assets (see Links)}}', { count: links.length }) : ''],
    [t('Cost'), asset.cost ? t(COST_LABELS[asset.cost]) : ''],
    [t('Opening times'), asset.openingTimes],
    [t('Accessibility'), asset.accessibility],
    [t('Address'), [asset.address, asset.postcode].filter(Boolean).join(', ')],
    [t('Contact'), [asset.contact.name, asset.contact.phone, asset.contact.email, asset.contact.website].filter(Boolean).join(' · ')],
    [t('Last verified'), asset.verifiedAt ? formatDay(asset.verifiedAt) : ''],
    [t('Source'), asset.source],
    [t('Edited by'), author && appState.settings.value.team ? editedText(author, new Date()) : ''],
  ];
  return (
    <article class="asset-details" aria-labelledby="asset-details-title">
      <header>
        <CategoryBadge category={asset.category} />
        <div>
          <h2 id="asset-details-title" dir="auto">
            {asset.name}
          </h2>
          <p class="asset-meta">
            {t(info.label)}
            {asset.status !== 'active' ? ` · ${t(STATUS_LABELS[asset.status])}` : ''}
          </p>
        </div>
      </header>
      {asset.description && <p>{asset.description}</p>}
      {asset.photos.length > 0 && (
        <ul class="photos">
          {appState.photos.value
            .filter((p) => asset.photos.includes(p.id))
            .map((photo, i) => (
              <li key={photo.id}>
                <PhotoThumbnail photo={photo} alt={t('Photo {number} of {name}', { number: i + 1, name: asset.name })} />
              </li>
            ))}
        </ul>
      )}
      {asset.person && (
        <p class="notice">
          {t(CONSENT_TEXT[asset.person.consent.status])}
          {asset.person.consent.date ? ` ${t('on {date}', { date: formatDay(asset.person.consent.date) })}` : ''}
          {asset.person.consent.purpose ? ` — ${asset.person.consent.purpose}` : ''}. {asset.geometry ? t('Shown at a public place.') : t('Shown as part of the neighbourhood only.')}
        </p>
      )}
      {asset.person?.consent.status === 'withdrawn' && (
        <div class="warning" role="alert">
          <p>{t('This person has withdrawn consent. Delete the record, or anonymise it to keep only the skill.')}</p>
          <button type="button" class="secondary" onClick={() => setConfirming({ action: 'anonymise', assetId: asset.id })}>
            {t('Anonymise')}
          </button>
        </div>
      )}
      {confirmingHere && (
        <ForgetPersonConfirm action={confirmingHere} name={asset.name} onConfirm={() => void (confirmingHere === 'anonymise' ? anonymise() : remove())} onCancel={() => setConfirming(null)} />
      )}
      <dl>
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {links.length > 0 && (
        <section aria-labelledby="asset-links">
          <h3 id="asset-links">{t('Links')}</h3>
          <ul class="seen-links">
            {links.map((l) => (
              <li key={`${l.direction}-${l.otherId}-${l.relation}`}>
                {l.direction === 'to' && <span>{t(LINK_WORDS[l.relation].to)} </span>}
                {l.other ? (
                  <button type="button" class="link-button" onClick={() => selectAsset(l.otherId)}>
                    {l.other.name}
                  </button>
                ) : (
                  <span class="muted">{t('an asset no longer here')}</span>
                )}
                {l.direction === 'from' && <span> {t(LINK_WORDS[l.relation].from)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {details.length > 0 && (
        <section aria-labelledby="asset-details-more">
          <h3 id="asset-details-more">{t('Details')}</h3>
          <dl>
            {details.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <div class="form-actions">
        <button type="button" class="primary" onClick={edit}>
          {t('Edit')}
        </button>
        <button type="button" class="secondary" onClick={move} disabled={asset.geometry === null}>
          {t('Move')}
        </button>
        <button type="button" class="secondary danger" onClick={() => (isPerson ? setConfirming({ action: 'delete', assetId: asset.id }) : void remove())}>
          {t('Delete')}
        </button>
        <button type="button" class="secondary" onClick={() => selectAsset(null)}>
          {t('Close')}
        </button>
      </div>
    </article>
  );
}
