import { readFileSync } from 'node:fs';

/** @param {string} language @returns {Record<string, unknown>} */
const catalog = (language) =>
  JSON.parse(readFileSync(new URL(`../src/lib/locales/${language}.json`, import.meta.url), 'utf8'));

const CATALOGS = { en: catalog('en'), es: catalog('es') };

/**
 * The app's own text for a key, so each assertion holds in either language:
 * `{{name}}` is filled from params (left as is without one), `count` picks the `_one`/`_other` form.
 * @param {'en' | 'es'} language
 */
export function translator(language) {
  /** @param {string} key @param {Record<string, string | number>} [params] */
  return (key, params = {}) => {
    /** @param {string} path @returns {unknown} */
    const lookup = (path) =>
      path
        .split('.')
        .reduce(
          (/** @type {any} */ node, /** @type {string} */ part) =>
            node == null ? undefined : node[part],
          CATALOGS[language],
        );
    const plural = params.count === undefined ? undefined : params.count === 1 ? 'one' : 'other';
    const text = (plural && lookup(`${key}_${plural}`)) ?? lookup(key);
    if (typeof text !== 'string') throw new Error(`no ${language} text for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name) =>
      name in params ? String(params[name]) : `{{${name}}}`,
    );
  };
}

/**
 * A regular expression that matches a catalog text up to its first placeholder.
 * @param {string} text
 */
export function prefixPattern(text) {
  return new RegExp(`^${text.split('{{')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

export const LANGUAGES = /** @type {const} */ (['en', 'es']);
