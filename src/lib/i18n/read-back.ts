import { SIMPLE_MESSAGE, SIMPLE_PLURAL, type FillValues } from './msg';

/**
 * Reads English text back to the template it was filled from (see `fill` in msg.ts) and its values:
 * the way a message made in the model or a worker, or stored in the history, is said again in the
 * chosen language. A template with more literal text is tried first, so "Add “A” to “B”" is not
 * read as "Add “{name}”"; templates with too little literal text to be told apart are not tried.
 */
export interface ReadBack {
  template: string;
  values: FillValues;
}

interface Reader {
  template: string;
  pattern: RegExp;
  names: string[];
  countName: string | undefined;
  weight: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readerOf(template: string, text: string, countName?: string): Reader {
  const names: string[] = [];
  const source = text
    .split(/(\{\w+\}|#)/)
    .map((part) => {
      if (part === '#') return (names.push(countName ?? 'count'), '(\\d[\\d,]*)');
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) return (names.push(name), '(.+?)');
      return escape(part);
    })
    .join('');
  return { template, pattern: new RegExp(`^${source}$`, 's'), names, countName, weight: text.replace(/\{\w+\}|#/g, '').length };
}

/** Compiles templates (simple ones, and two-form plurals) into readers, most literal text first. */
export function readersOf(templates: Iterable<string>, minimumWeight = 0): Reader[] {
  const readers: Reader[] = [];
  for (const template of templates) {
    const plural = SIMPLE_PLURAL.exec(template);
    if (plural) readers.push(readerOf(template, plural[2] ?? '', plural[1]), readerOf(template, plural[3] ?? '', plural[1]));
    else if (template.includes('{') && SIMPLE_MESSAGE.test(template)) readers.push(readerOf(template, template));
  }
  return readers.filter((r) => r.weight >= minimumWeight).sort((a, b) => b.weight - a.weight);
}

export function readBack(text: string, readers: readonly Reader[]): ReadBack | null {
  for (const reader of readers) {
    const found = reader.pattern.exec(text);
    if (!found) continue;
    const values: FillValues = {};
    reader.names.forEach((name, i) => {
      const value = found[i + 1] ?? '';
      values[name] = name === reader.countName ? Number(value.replace(/,/g, '')) : value;
    });
    return { template: reader.template, values };
  }
  return null;
}
