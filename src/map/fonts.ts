// The bundled label font. With no `glyphs` URL in the style, MapLibre draws labels itself with the
// web font whose CSS family is the whole `text-font` name (it only sniffs the weight from it), so the
// bundled Noto Sans files are registered under exactly those names. No network, no glyph server.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import arabic400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url';
import gurmukhi400 from '@fontsource/noto-sans-gurmukhi/files/noto-sans-gurmukhi-gurmukhi-400-normal.woff2?url';
import gurmukhi700 from '@fontsource/noto-sans-gurmukhi/files/noto-sans-gurmukhi-gurmukhi-700-normal.woff2?url';
import bengali400 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2?url';
import bengali700 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff2?url';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES = [
  { family: FONT_REGULAR[0], weight: '400', url: latin400, range: LATIN },
  { family: FONT_REGULAR[0], weight: '400', url: latinExt400, range: LATIN_EXT },
  { family: FONT_BOLD[0], weight: '700', url: latin700, range: LATIN },
  { family: FONT_BOLD[0], weight: '700', url: latinExt700, range: LATIN_EXT },
];

let loading: Promise<void> | null = null;

/** Registers and loads the label faces once, so the first labels are not drawn in a fallback face. */
export function loadLabelFonts(): Promise<void> {
  loading ??= (async () => {
    if (typeof document === 'undefined' || typeof FontFace === 'undefined') return;
    const faces = FACES.map((f) => new FontFace(f.family ?? 'Noto Sans', `url(${f.url}) format('woff2')`, { weight: f.weight, unicodeRange: f.range }));
    for (const face of faces) document.fonts.add(face);
    await Promise.all(faces.map((face) => face.load()));
  })();
  return loading;
}

/**
 * The faces for the scripts of the neighbourhoods' other languages, for the page, the print sheet and
 * the browser-drawn map labels (shaped-labels.ts). Naskh rather than Nastaliq for Urdu: Nastaliq's
 * tall, sloping lines need about twice the line height, which crowds a tablet's controls and a map
 * label; Naskh is the Arabic-script style Urdu signage and forms also use. Each face has a Unicode
 * range, so a page in English never fetches them: the browser loads one when text needs it.
 */
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const GURMUKHI = 'U+0951-0952,U+0964-0965,U+0A01-0A76,U+200C-200D,U+20B9,U+25CC,U+262C,U+A830-A839';
const BENGALI = 'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1';
const SCRIPT_FACES = [
  { family: 'Noto Naskh Arabic', weight: '400', url: arabic400, range: ARABIC },
  { family: 'Noto Naskh Arabic', weight: '700', url: arabic700, range: ARABIC },
  { family: 'Noto Sans Gurmukhi', weight: '400', url: gurmukhi400, range: GURMUKHI },
  { family: 'Noto Sans Gurmukhi', weight: '700', url: gurmukhi700, range: GURMUKHI },
  { family: 'Noto Sans Bengali', weight: '400', url: bengali400, range: BENGALI },
  { family: 'Noto Sans Bengali', weight: '700', url: bengali700, range: BENGALI },
];

/** The CSS font stack of a browser-drawn label: the Latin faces, then each script's. */
export const LABEL_FONT_STACK = '"Noto Sans", "Noto Naskh Arabic", "Noto Sans Gurmukhi", "Noto Sans Bengali", sans-serif';

let registered: FontFace[] | null = null;
let scriptsLoading: Promise<void> | null = null;
let scriptsLoaded = false;

/**
 * Puts the script faces in the page's font set, unloaded: the browser fetches one when some text
 * needs it (an Urdu menu, a Bengali name), from the service worker's cache when offline.
 */
export function registerScriptFaces(): void {
  if (registered || typeof document === 'undefined' || typeof FontFace === 'undefined') return;
  registered = SCRIPT_FACES.map((f) => new FontFace(f.family, `url(${f.url}) format('woff2')`, { weight: f.weight, unicodeRange: f.range }));
  for (const face of registered) document.fonts.add(face);
}

/** Loads the script faces now: a canvas draws with what is loaded, it does not wait as the page does. */
export function loadScriptFaces(): Promise<void> {
  registerScriptFaces();
  scriptsLoading ??= Promise.all((registered ?? []).map((face) => face.load())).then(
    () => {
      scriptsLoaded = true;
    },
    () => undefined, // a face that failed leaves the fallback face: the label is still drawn
  );
  return scriptsLoading;
}

export const scriptFacesLoaded = (): boolean => scriptsLoaded;
