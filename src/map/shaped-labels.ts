/**
 * Names in scripts MapLibre cannot lay out, drawn by the browser instead.
 *
 * MapLibre places one glyph per code point, left to right, with no shaping engine: Urdu and Arabic
 * letters would stand apart in their isolated forms and in reverse order, and Gurmukhi and Bengali
 * vowel signs would sit on the wrong side of their consonants. The RTL text plugin fixes Arabic
 * script only, and nothing in MapLibre fixes Gurmukhi or Bengali (no HarfBuzz). A canvas does all of
 * it: the browser shapes and orders the text as it does on the page, with the same bundled Noto faces.
 *
 * So a name that needs shaping is marked `shaped` on its feature, and its layer's twin draws it as an
 * icon named `label|<look>|<name>`; MapLibre asks for each such image the first time it is needed
 * (`styleimagemissing`) and it is drawn then, once. Latin names stay SDF text, crisp at any zoom.
 */
import type { ExpressionSpecification, Map as MapLibreMap, SymbolLayerSpecification, FilterSpecification } from 'maplibre-gl';
import { loadScriptFaces, scriptFacesLoaded, LABEL_FONT_STACK } from './fonts';

/** Right-to-left and complex scripts: Hebrew to Sinhala, Thai to Khmer, Arabic presentation forms. */
const NEEDS_SHAPING = /[\u0590-\u08FF\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export const needsShaping = (text: string): boolean => NEEDS_SHAPING.test(text);

/** How a kind of label looks: the same size, weight and halo as its SDF twin. */
export interface LabelLook {
  size: number;
  bold: boolean;
  colour: string;
  halo: string;
  haloWidth: number;
  upperCase: boolean;
  /** Wraps lines longer than this many ems, like text-max-width. */
  maxWidthEm: number;
}

export const LABEL_LOOKS = {
  asset: { size: 12, bold: false, colour: '#1f1f1f', halo: '#ffffff', haloWidth: 1.4, upperCase: false, maxWidthEm: 10 },
  area: { size: 14, bold: true, colour: '#3a3158', halo: '#ffffff', haloWidth: 1.6, upperCase: true, maxWidthEm: 8 },
  printArea: { size: 15, bold: true, colour: '#3a3158', halo: '#ffffff', haloWidth: 2, upperCase: true, maxWidthEm: 9 },
  printMarker: { size: 10, bold: false, colour: '#1f1f1f', halo: '#ffffff', haloWidth: 1.5, upperCase: false, maxWidthEm: 9 },
  investment: { size: 13, bold: true, colour: '#0b3d3a', halo: '#ffffff', haloWidth: 2, upperCase: false, maxWidthEm: 12 },
} as const satisfies Record<string, LabelLook>;
export type LookName = keyof typeof LABEL_LOOKS;

const PREFIX = 'label|';
const imageId = (look: LookName, text: string) => `${PREFIX}${look}|${text}`;

/** The id of a text layer's twin for shaped names. */
export const shapedTwinId = (layerId: string): string => `${layerId}-shaped`;

/**
 * A text layer split in two: itself for names MapLibre can set, and a twin that shows the other
 * names as browser-drawn images at the same place. `offsetEm` is the text's offset, which the twin
 * keeps in pixels.
 */
export function withShapedTwin(layer: SymbolLayerSpecification, look: LookName, field = 'name'): SymbolLayerSpecification[] {
  const layout = layer.layout ?? {};
  const notShaped: ExpressionSpecification = ['!', ['to-boolean', ['get', 'shaped']]];
  const shaped: ExpressionSpecification = ['to-boolean', ['get', 'shaped']];
  const both = (extra: ExpressionSpecification): FilterSpecification => (layer.filter ? ['all', layer.filter as ExpressionSpecification, extra] : extra);
  const size = LABEL_LOOKS[look].size;
  const offset = Array.isArray(layout['text-offset']) ? (layout['text-offset'] as number[]) : [0, 0];
  const anchor = typeof layout['text-anchor'] === 'string' ? layout['text-anchor'] : 'center';
  const twin: SymbolLayerSpecification = {
    id: shapedTwinId(layer.id),
    type: 'symbol',
    source: layer.source,
    ...(layer.minzoom !== undefined ? { minzoom: layer.minzoom } : {}),
    filter: both(shaped),
    layout: {
      'icon-image': ['concat', `${PREFIX}${look}|`, ['get', field]],
      'icon-anchor': anchor,
      'icon-offset': [(offset[0] ?? 0) * size, (offset[1] ?? 0) * size],
      ...(layout['text-allow-overlap'] !== undefined ? { 'icon-allow-overlap': layout['text-allow-overlap'] } : {}),
    },
  };
  return [{ ...layer, filter: both(notShaped) }, twin];
}

const STRONG = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}]/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
function firstStrongIsRtl(text: string): boolean {
  const first = STRONG.exec(text)?.[0];
  return first !== undefined && RTL.test(first);
}

/** Breaks text into lines no wider than `width`, at spaces, as text-max-width does. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  // A line break in the text starts a new line, as it does in MapLibre's text-field.
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && context.measureText(next).width > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** The label drawn as the page would draw it: shaped, in its own direction, with a halo. */
export function drawLabel(text: string, look: LabelLook, pixelRatio: number): ImageData | null {
  const scale = pixelRatio;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return null;
  const shown = look.upperCase ? text.toLocaleUpperCase() : text;
  const font = `${look.bold ? 700 : 400} ${look.size * scale}px ${LABEL_FONT_STACK}`;
  context.font = font;
  const lines = wrap(context, shown, look.maxWidthEm * look.size * scale);
  const halo = Math.ceil(look.haloWidth * scale);
  const lineHeight = Math.ceil(look.size * 1.5 * scale);
  const width = Math.ceil(Math.max(1, ...lines.map((l) => context.measureText(l).width))) + halo * 2 + 2;
  canvas.width = width;
  canvas.height = lineHeight * lines.length + halo * 2;
  // Resizing the canvas resets its state.
  context.font = font;
  // The paragraph's direction from its first strong letter, as dir="auto" does on the page, so an
  // English word inside an Urdu name sits where an Urdu reader expects it.
  context.direction = firstStrongIsRtl(shown) ? 'rtl' : 'ltr';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = halo * 2;
  context.strokeStyle = look.halo;
  context.fillStyle = look.colour;
  lines.forEach((line, i) => {
    const y = halo + lineHeight * (i + 0.5);
    context.strokeText(line, width / 2, y);
    context.fillText(line, width / 2, y);
  });
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

function parse(id: string): { look: LookName; text: string } | null {
  if (!id.startsWith(PREFIX)) return null;
  const rest = id.slice(PREFIX.length);
  const bar = rest.indexOf('|');
  const look = rest.slice(0, bar);
  return look in LABEL_LOOKS ? { look: look as LookName, text: rest.slice(bar + 1) } : null;
}

/**
 * Draws each shaped label the first time the map asks for it. When a label was drawn before its
 * script's face had loaded, `redraw` is called once the faces are in: it should drop the images and
 * lay the labelled data out again, and the labels are drawn anew in the right face.
 */
export function drawShapedLabelsOn(map: MapLibreMap, pixelRatio: number, redraw?: () => void): void {
  const drawnEarly = new Set<string>();
  map.on('styleimagemissing', (event: { id: string }) => {
    const label = parse(event.id);
    if (!label || map.hasImage(event.id)) return;
    const image = drawLabel(label.text, LABEL_LOOKS[label.look], pixelRatio);
    if (!image) return;
    map.addImage(event.id, image, { pixelRatio });
    if (!scriptFacesLoaded()) {
      drawnEarly.add(event.id);
      void loadScriptFaces().then(() => {
        if (drawnEarly.size === 0) return;
        for (const id of drawnEarly) if (map.hasImage(id)) map.removeImage(id);
        drawnEarly.clear();
        redraw?.();
      });
    }
  });
}

export { imageId as shapedLabelId };
