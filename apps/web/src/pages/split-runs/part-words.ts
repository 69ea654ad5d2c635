import type { components } from '../../../../../clients/typescript/schema';
import type { Language } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import { END_CUT_LABEL, FEATURE_KIND_LABEL, FEATURE_SIDE_LABEL } from '../part-labels';

type Schemas = components['schemas'];
type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

/** The two ends of a linear part, start/end: `45°/45°` for a mitred casing, nothing for a part with no ends given. */
export function endCutsText(endCuts: Schemas['EndCutsDto'] | null, t: Translate): string {
  if (!endCuts) return '';
  return `${t(END_CUT_LABEL[endCuts.start])}/${t(END_CUT_LABEL[endCuts.end])}`;
}

const EDGES = ['L1', 'L2', 'W1', 'W2'] as const;

/** Banded edges grouped by band: `L1 L2: EDGE-PVC-22；W1: EDGE-ABS-1`, edges in L1, L2, W1, W2 order. */
export function edgeBandingText(banding: Schemas['EdgeBandingDto'] | null): string {
  if (!banding) return '';
  const byBand = new Map<string, string[]>();
  for (const edge of EDGES) {
    const band = banding[edge];
    if (band) byBand.set(band, [...(byBand.get(band) ?? []), edge]);
  }
  return [...byBand].map(([band, edges]) => `${edges.join(' ')}: ${band}`).join(LIST_SEPARATOR);
}

/** Between the items of one cell: a Chinese semicolon in Chinese, `; ` in English. */
export function listSeparator(language: Language): string {
  return language === 'en' ? '; ' : '；';
}

/** Band codes are codes in either language: a separator both read. */
const LIST_SEPARATOR = ' · ';

/** One machining feature as the shop reads it: `合页槽 ×3 左`, the note after it. */
export function featureText(feature: Schemas['PartFeatureDto'], t: Translate): string {
  const side = feature.side ?? '';
  const sideWords = side in FEATURE_SIDE_LABEL ? t(FEATURE_SIDE_LABEL[side as keyof typeof FEATURE_SIDE_LABEL]) : side;
  return [`${t(FEATURE_KIND_LABEL[feature.kind])} ×${feature.quantity}`, sideWords, feature.note ?? '']
    .filter((word) => word !== '')
    .join(' ');
}

/** What the packer puts in, in the packer's words: `门扇 ×1 扇` (in English `door leaf ×1`). */
export function contentsText(contents: Schemas['PackageContentDto'][], language: Language): string {
  return contents
    .map((c) => (language === 'en' ? `${c.itemEn} ×${c.quantity}` : `${c.item} ×${c.quantity} ${c.unit}`))
    .join(listSeparator(language));
}

/**
 * The leaf a package holds: 母/子 for the leaves of a 子母门 (its contents say master or slave leaf), else the leaf's
 * number; null for a package that is not one leaf of several.
 */
export function packageLeaf(pkg: Pick<Schemas['DoorPackageDto'], 'leafNo' | 'contents'>): Said | null {
  if (pkg.leafNo === null) return null;
  if (pkg.contents.some((c) => c.itemEn === 'master leaf')) return { key: 'splitRuns.packages.leafMaster' };
  if (pkg.contents.some((c) => c.itemEn === 'slave leaf')) return { key: 'splitRuns.packages.leafSlave' };
  return { key: 'splitRuns.packages.leafNo', params: { n: pkg.leafNo } };
}

type Said = { key: MessageKey; params?: Record<string, string | number> };
