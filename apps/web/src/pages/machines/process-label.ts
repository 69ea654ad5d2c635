/** What a process label needs of the factory's processes (GET /processes). */
export type ProcessName = { code: string; nameZh: string; nameEn: string };

/**
 * A machine's process in the words the factory uses for it: its own process name where a process has that code
 * (喷涂, not a fixed 油漆), else the fixed label, so the machines, the station and the work orders say the same.
 */
export function processLabel(
  code: string,
  processes: readonly ProcessName[] | undefined,
  language: string,
  fixed: (code: string) => string,
): string {
  const found = processes?.find((p) => p.code === code);
  if (!found) return fixed(code);
  return language === 'en' ? found.nameEn || found.nameZh : found.nameZh;
}
