// Both languages from one place: static/i18n/{en,zh-CN}.json hold the same keys (a unit test checks), the page
// marks text with data-i18n* attributes, and scripts ask t(key, values). The choice is kept in localStorage.
const LANGUAGES = ['zh-CN', 'en'];
const KEY = 'tanji.language';
let bundle = {};
let language = 'en';

export function chosenLanguage() {
  const kept = localStorage.getItem(KEY);
  if (LANGUAGES.includes(kept)) {
    return kept;
  }
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export async function load(lang = chosenLanguage()) {
  const response = await fetch(new URL('../i18n/' + lang + '.json', import.meta.url));
  bundle = await response.json();
  language = lang;
  document.documentElement.lang = lang;
  return lang;
}

export function choose(lang) {
  localStorage.setItem(KEY, lang);
}

export const current = () => language;
export const languages = () => LANGUAGES;

/** The text for {@code key}, with {name} placeholders filled from {@code values}; the key itself if missing. */
export function t(key, values = {}) {
  const text = bundle[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

/** Fills data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-label (aria-label) under root. */
export function translate(root = document) {
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
  for (const e of root.querySelectorAll('[data-i18n-title]')) e.title = t(e.dataset.i18nTitle);
  for (const e of root.querySelectorAll('[data-i18n-label]')) e.setAttribute('aria-label', t(e.dataset.i18nLabel));
}

/** A number as the chosen language writes it, with {@code digits} significant digits. */
export function number(value, digits = 4) {
  return new Intl.NumberFormat(language, { maximumSignificantDigits: digits }).format(value);
}

export function date(iso) {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
}

export function dateTime(iso) {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * A unit as the chosen language writes it: word units (piece, item, pc) have a name in each bundle, symbols such as
 * kg or kWh are written alike in both languages and come back as they are.
 */
export function unitName(symbol) {
  const key = 'unit.' + symbol;
  return key in bundle ? bundle[key] : symbol;
}

export function percent(share) {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
