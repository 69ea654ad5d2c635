export const KPIS = ['oee', 'availability', 'performance', 'quality'] as const;
export type Kpi = (typeof KPIS)[number];
export type Level = 'good' | 'fair' | 'poor' | 'none';

/**
 * Colour thresholds: "good" from the usual world-class figures (OEE 85 %, availability 90 %, performance 95 %,
 * quality 99 %), "fair" from what a typical plant reaches; below that a manager should look.
 */
const THRESHOLDS: Record<Kpi, { good: number; fair: number }> = {
  oee: { good: 0.85, fair: 0.6 },
  availability: { good: 0.9, fair: 0.75 },
  performance: { good: 0.95, fair: 0.8 },
  quality: { good: 0.99, fair: 0.95 },
};

/** The level a ratio reaches; 'none' when the api has no ratio (nothing planned or nothing produced). */
export function kpiLevel(kpi: Kpi, value: number | null | undefined): Level {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'none';
  const { good, fair } = THRESHOLDS[kpi];
  if (value >= good) return 'good';
  return value >= fair ? 'fair' : 'poor';
}

export const LEVEL_COLOUR: Record<Level, string> = {
  good: '#389e0d',
  fair: '#d48806',
  poor: '#cf1322',
  none: '#8c8c8c',
};

/** A ratio as a percentage with one decimal ('—' without one); performance may exceed 100 %. */
export function percent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value);
}

/** Seconds as hours and minutes ('2 h 05 min' / '2 小时 05 分'); under a minute as seconds. */
export function duration(seconds: number, words: { h: string; min: string; s: string }): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} ${words.s}`;
  const minutes = Math.round(whole / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} ${words.min}`;
  return `${hours} ${words.h} ${String(rest).padStart(2, '0')} ${words.min}`;
}
