import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, switchLanguage, t, textDirection } from '../../../src/lib/i18n';
import { changeText } from '../../../src/ui/change-words';
import { problemText } from '../../../src/ui/problem-words';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { parseWith } from '../../../src/model/problems';
import { BOW_TIE, makeNeighbourhood } from '../factories';
import { questionText } from '../../../src/ui/coverage-words';
import { CoverageQuestionSchema } from '../../../src/model/coverage';
import { formatDay, formatDistance, formatMoney, formatNumber, formatPercent } from '../../../src/lib/i18n/format';
import { pickLanguage } from '../../../src/lib/i18n/languages';
import { CATEGORIES } from '../../../src/model/categories';
import { readImportFile } from '../../../src/io/prepare-import';
import { checkBoundary } from '../../../src/geo/check-boundary';

const DRAWN = '{count, plural, one {# asset drawn on the map} other {# assets drawn on the map}}';
const FSI = '\u2068';
const PDI = '\u2069';
/** Intl separates groups with a no-break space in Polish; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

afterEach(async () => {
  await switchLanguage('en-GB');
});

describe('messages', () => {
  it('English is the source: plain text as written, values and plurals filled in', () => {
    expect(t('Add asset')).toBe('Add asset');
    expect(t(DRAWN, { count: 1 })).toBe('1 asset drawn on the map');
    expect(t(DRAWN, { count: 1200 })).toBe('1,200 assets drawn on the map');
    expect(t('Saved “{name}”', { name: 'Oak Hall' })).toBe('Saved “Oak Hall”');
    expect(currentLanguage()).toBe('en-GB');
  });

  it('Polish has one, few and many: 1, 2, 5 and 22 assets', async () => {
    await switchLanguage('pl');
    expect([1, 2, 5, 22, 112].map((count) => plain(t(DRAWN, { count })))).toEqual([
      '1 zasób narysowany na mapie',
      '2 zasoby narysowane na mapie',
      '5 zasobów narysowanych na mapie',
      '22 zasoby narysowane na mapie',
      '112 zasobów narysowanych na mapie',
    ]);
    expect(t('Add asset')).toBe('Dodaj zasób');
    expect(textDirection()).toBe('ltr');
  });

  it('Urdu has one and other, and is written right to left', async () => {
    await switchLanguage('ur');
    expect(t(DRAWN, { count: 1 })).toBe('نقشے پر 1 اثاثہ بنایا گیا');
    expect(t(DRAWN, { count: 3 })).toBe('نقشے پر 3 اثاثے بنائے گئے');
    expect(textDirection()).toBe('rtl');
  });

  it('category names are translated where they are shown, and text nobody translated stays as typed', async () => {
    await switchLanguage('pa');
    expect(t(CATEGORIES.physical.label)).toBe('ਭੌਤਿਕ ਥਾਵਾਂ');
    expect(t('Millbrook Community Garden')).toBe('Millbrook Community Garden');
  });

  it('isolates a value written the other way from its sentence, and only then', async () => {
    expect(t('Saved “{name}”', { name: 'مسجد' })).toBe(`Saved “${FSI}مسجد${PDI}”`);
    await switchLanguage('ur');
    expect(t('Saved “{name}”', { name: 'Oak Hall' })).toBe(`”${FSI}Oak Hall${PDI}“ محفوظ ہو گیا`);
    expect(t('Saved “{name}”', { name: 'مسجد' })).toBe('”مسجد“ محفوظ ہو گیا');
    // A sum keeps its pound sign before its figures inside an Urdu sentence (left-to-right isolate).
    expect(t('Saved the grant of {amount}', { amount: '£1,250.50' })).toBe('\u2066£1,250.50\u2069 کی گرانٹ محفوظ ہو گئی');
  });
});

describe('formats', () => {
  it('numbers, shares and money in each language’s conventions', async () => {
    expect(formatNumber(1234567.25, 1)).toBe('1,234,567.3');
    expect(formatPercent(0.7432)).toBe('74.3%');
    expect(formatMoney(125050)).toBe('£1,250.50');
    expect(formatMoney(640000)).toBe('£6,400');
    await switchLanguage('pl');
    expect(plain(formatNumber(1234567.25, 1))).toBe('1 234 567,3');
    expect(plain(formatPercent(0.7432))).toBe('74,3%');
    expect(plain(formatMoney(125050))).toBe('1250,50 £');
  });

  it('dates: a date of record is its own day; month names in the language', async () => {
    expect(formatDay('2026-11-03')).toBe('3 November 2026');
    expect(formatDay('2026-11-03', 'short')).toBe('3 Nov 2026');
    await switchLanguage('pl');
    expect(formatDay('2026-11-03')).toBe('3 listopada 2026');
    await switchLanguage('ur');
    expect(formatDay('2026-11-03')).toContain('نومبر');
  });

  it('undo steps, stored in English, are said in the chosen language; an unknown one as stored', async () => {
    expect(changeText('Delete “Mill Park”')).toBe('Delete “Mill Park”');
    await switchLanguage('pl');
    expect(changeText('Delete “Mill Park”')).toBe('Usuń „Mill Park”');
    expect(changeText('Add “Tom” to “Canal Side”')).toBe('Dodaj „Tom” do „Canal Side”');
    expect(changeText('Import 5 grants from grants.csv')).toBe('Importuj 5 grantów z grants.csv');
    expect(changeText('Delete the meeting of 2026-12-03')).toBe('Usuń spotkanie z 3 gru 2026');
    expect(changeText('A step from an older version')).toBe('A step from an older version');
  });

  it('the model’s checks, made in English, are said in the chosen language: whole, filled templates, and "Field: check"', async () => {
    const refused = parseWith(NeighbourhoodSchema, { ...makeNeighbourhood(), name: '', code: 'E'.repeat(41) });
    const messages = refused.ok ? [] : refused.error.map((p) => p.message);
    expect(messages).toEqual(['Name: Give the neighbourhood a name', 'Code: Code must be at most 40 characters']);
    expect(messages.map(problemText)).toEqual(messages); // English: as made
    await switchLanguage('pl');
    expect(messages.map(problemText)).toEqual(['Nazwa: Nadaj sąsiedztwu nazwę', 'Kod: Kod: najwyżej 40 znaków']);
    expect(problemText('Longitude 200 is outside -180 to 180')).toBe('Długość geograficzna 200 jest poza zakresem -180 do 180');
    expect(problemText('Something nobody translated')).toBe('Something nobody translated');
    // A schema path no field label names keeps its place; the check itself is said again.
    expect(problemText('counts › assets: The file says it holds 150 assets but 146 are there: it may be cut short')).toBe(
      'counts › assets: Plik podaje, że zawiera 150 zasoby, a jest ich 146: może być ucięty',
    );
  });

  it('what reading a file and checking a boundary reported, made in English, is said in the chosen language', async () => {
    const csv = 'name,latitude,longitude\n"Hall";"53,4459";"-2,3512"\nPark,53.44,-2.35,extra\n';
    const read = readImportFile(new TextEncoder().encode(csv), 'halls.csv');
    const notices = read.ok ? read.value.preview.notices : [];
    expect(notices).toContain('Row 3 has 4 values for 3 columns; the extra values were ignored.');
    const crossing = checkBoundary(BOW_TIE);
    const fault = crossing.ok ? '' : crossing.error.message;
    expect(fault).toBe('The boundary crosses itself at one place (latitude, longitude: 0.50000, 0.50000).');
    await switchLanguage('pl');
    expect(notices.map(problemText)).toContain('Wiersz 3 ma 4 wartości dla 3 kolumn; nadmiarowe wartości pominięto.');
    expect(problemText(fault)).toBe('Granica przecina samą siebie w jednym miejscu (szerokość, długość: 0.50000, 0.50000).');
    // Several reasons joined on one line (a refused grant row) are each said again.
    expect(problemText('the amount is empty; the recipient is missing')).toBe('kwota jest pusta; brak odbiorcy');
    expect(problemText('was placed by its postcode (“pc”): it has no geometry')).toBe('umieszczono, wykorzystując jego kod pocztowy („pc”): nie ma geometrii');
  });

  it('a coverage question reads as the language says it', async () => {
    const question = CoverageQuestionSchema.parse({ distance: 800, categories: ['physical'], statuses: ['active'], costs: ['free'] });
    expect(questionText(question)).toBe('free active physical spaces within 800 m');
    await switchLanguage('pl');
    expect(questionText(question)).toBe('bezpłatne aktywne przestrzenie fizyczne w promieniu 800 m');
  });

  it('distances in metres, then kilometres', () => {
    expect(formatDistance(800)).toBe('800 m');
    expect(formatDistance(1250)).toBe('1.3 km');
  });
});

describe('the device language', () => {
  it('is matched by its primary subtag, Shahmukhi Punjabi goes to Urdu, anything else to English (UK)', () => {
    expect(pickLanguage(['pl-PL', 'en-GB'])).toBe('pl');
    expect(pickLanguage(['en-US'])).toBe('en-GB');
    expect(pickLanguage(['fr-FR', 'ur-PK'])).toBe('ur');
    expect(pickLanguage(['pa-IN'])).toBe('pa');
    expect(pickLanguage(['pa-Arab-PK'])).toBe('ur');
    expect(pickLanguage(['de-DE'])).toBe('en-GB');
    expect(pickLanguage([])).toBe('en-GB');
  });
});

describe('the catalogues', () => {
  // The check starts tsx and reads every source file: about 4 s alone, past Vitest's 5 s default
  // when the other unit files run beside it on two cores (a clean-clone run failed on that).
  it('hold every message in the code, translated into every language with the same {values}', { timeout: 60_000 }, () => {
    // npm run i18n --check: exits non-zero, naming the message, when anything is missing or stale.
    const out = execFileSync('npx', ['tsx', 'scripts/i18n.ts', '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/^\d+ messages; catalogues up to date/);
  });
});
