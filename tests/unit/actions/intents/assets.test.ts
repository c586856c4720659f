import { describe, expect, it } from 'vitest';
import { anonymisePerson, deleteAsset, moveAsset, reconfirmConsent, saveAsset } from '../../../../src/actions/intents/assets';
import { EMPTY_DRAFT, draftFromAsset } from '../../../../src/model/asset-draft';
import { area, asset, fixedContext, viewWith } from './fixtures';

const gorseHill = area({ name: 'Gorse Hill' });
const park = asset({ name: 'Gorse Hill Park', geometry: { type: 'Point', coordinates: [-2.3, 53.45] } });
const person = asset({
  name: 'Gloria M.',
  category: 'individuals',
  type: 'cook',
  description: 'Runs the lunch club',
  contact: { phone: '07700 900123' },
  geometry: null,
  person: { consent: { status: 'given', date: '2024-01-10', purpose: 'Contact about lunch club' }, exactLocation: false },
});
const club = asset({ name: 'Lunch club', category: 'associations', type: 'club', links: [{ assetId: person.id, relation: 'run by' }] });

describe('asset intents, without a database', () => {
  it('plans a new asset placed in its neighbourhood, as one undoable change', () => {
    const planned = saveAsset(
      viewWith({ neighbourhoods: [gorseHill] }),
      {
        draft: { ...EMPTY_DRAFT, name: 'Hall', category: 'physical', type: 'hall' },
        assetId: '7a1e0c52-1d2b-4c3d-8e4f-5a6b7c8d9e0f',
        isNew: true,
        geometry: { type: 'Point', coordinates: [-2.3, 53.45] },
      },
      fixedContext(),
    );
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const { change, forget, value } = planned.value;
    expect(change?.label).toBe('Add \u201cHall\u201d');
    expect(change?.assets?.put?.[0]).toMatchObject({ name: 'Hall', neighbourhoodIds: [gorseHill.id], createdAt: '2026-11-29T09:00:00.000Z' });
    expect(forget).toBeUndefined();
    expect(value.forgotten).toBe(false);
  });

  it('refuses a draft with each problem under its form field', () => {
    const planned = saveAsset(viewWith(), { draft: { ...EMPTY_DRAFT, email: 'nope' }, assetId: '7a1e0c52-1d2b-4c3d-8e4f-5a6b7c8d9e0f', isNew: true, geometry: null }, fixedContext());
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.error.map((p) => p.field)).toEqual(['name', 'category', 'email']);
    expect(planned.error[1]?.message).toBe('Choose a category');
  });

  it('forgets the person when a save withdraws their consent, and not otherwise', () => {
    const draft = { ...draftFromAsset(person), consentStatus: 'withdrawn' as const };
    const planned = saveAsset(viewWith({ assets: [person] }), { draft, assetId: person.id, isNew: false, geometry: null }, fixedContext());
    expect(planned.ok && planned.value.forget).toEqual([person.id]);
    const kept = saveAsset(viewWith({ assets: [person] }), { draft: draftFromAsset(person), assetId: person.id, isNew: false, geometry: null }, fixedContext());
    expect(kept.ok && kept.value.forget).toBeUndefined();
  });

  it('refuses to edit an asset that is no longer there', () => {
    const planned = saveAsset(viewWith(), { draft: draftFromAsset(park), assetId: park.id, isNew: false, geometry: park.geometry }, fixedContext());
    expect(planned).toEqual({ ok: false, error: [{ message: 'That asset is no longer in the workspace.' }] });
  });

  it('moves an asset and works its neighbourhood out again', () => {
    const view = viewWith({ assets: [park], neighbourhoods: [gorseHill] });
    const out = moveAsset(view, { id: park.id, to: [-1, 52] }, fixedContext());
    expect(out.ok && out.value.value).toMatchObject({ geometry: { type: 'Point', coordinates: [-1, 52] }, neighbourhoodIds: [], updatedAt: '2026-11-29T09:00:00.000Z' });
    expect(out.ok && out.value.change?.label).toBe('Move \u201cGorse Hill Park\u201d');
  });

  it('deletes an asset with the links to it; a person is forgotten too', () => {
    const view = viewWith({ assets: [person, club] });
    const out = deleteAsset(view, { id: person.id }, fixedContext());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.change?.assets?.remove).toEqual([person.id]);
    expect(out.value.change?.assets?.put?.map((a) => [a.name, a.links])).toEqual([['Lunch club', []]]);
    expect(out.value.forget).toEqual([person.id]);
    const notAPerson = deleteAsset(view, { id: club.id }, fixedContext());
    expect(notAPerson.ok && notAPerson.value.forget).toBeUndefined();
  });

  it('anonymises only a person, keeping the skill and dropping who they are', () => {
    const out = anonymisePerson(viewWith({ assets: [person, club] }), { id: person.id }, fixedContext());
    expect(out.ok && out.value.value).toMatchObject({ name: 'Anonymous resident (cook)', description: '', contact: {}, type: 'cook', person: { consent: { status: 'withdrawn' } } });
    expect(out.ok && out.value.forget).toEqual([person.id]);
    const refused = anonymisePerson(viewWith({ assets: [club] }), { id: club.id }, fixedContext());
    expect(refused).toEqual({ ok: false, error: [{ message: '\u201cLunch club\u201d is not a person, so there is no one to anonymise.' }] });
  });

  it('names the anonymised record as the coordinator’s language says it, when the UI gives the name', () => {
    const out = anonymisePerson(viewWith({ assets: [person] }), { id: person.id, name: 'Anonimowy mieszkaniec (kucharz)' }, fixedContext());
    expect(out.ok && out.value.value).toMatchObject({ name: 'Anonimowy mieszkaniec (kucharz)', description: '', type: 'cook' });
  });

  it('re-confirms consent with today\u2019s date, only where consent was given', () => {
    const out = reconfirmConsent(viewWith({ assets: [person, club] }), { id: person.id, today: '2026-11-29' }, fixedContext());
    expect(out.ok && out.value.value.person?.consent).toEqual({ status: 'given', date: '2026-11-29', purpose: 'Contact about lunch club' });
    expect(reconfirmConsent(viewWith({ assets: [club] }), { id: club.id, today: '2026-11-29' }, fixedContext()).ok).toBe(false);
  });
});
