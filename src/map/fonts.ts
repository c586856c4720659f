// The bundled label font. With no `glyphs` URL in the style, MapLibre draws labels itself with the
// web font whose CSS family is the whole `text-font` name (it only sniffs the weight from it), so the
// bundled Noto Sans files are registered under exactly those names. No network, no glyph server.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

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
