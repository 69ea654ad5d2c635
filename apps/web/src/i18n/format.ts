import type { Language } from './i18n';

/** A calendar date (`2026-12-20`) as the language writes it, without shifting it through a time zone. */
export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function formatDateTime(isoInstant: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** Sizes are whole or decimal millimetres: `2,050 mm`. */
export function formatMm(value: number, language: Language): string {
  return `${formatNumber(value, language)} mm`;
}

/** A label's colon: full-width after Chinese (物料：), a plain one in English (Item:). */
export function labelColon(language: Language): string {
  return language === 'en' ? ':' : '：';
}
