/** Counting checks shared by the linear and sheet validators. */

/** Stock used per index must not exceed its quantity (when one is given). */
export function checkStockUse(
  usedIndices: number[],
  quantityOf: (index: number) => number | null | undefined,
  noun: 'stock' | 'sheet',
): string[] {
  const used = new Map<number, number>();
  for (const index of usedIndices) used.set(index, (used.get(index) ?? 0) + 1);
  const errors: string[] = [];
  for (const [index, count] of used) {
    const quantity = quantityOf(index);
    if (typeof quantity === 'number' && count > quantity) {
      errors.push(
        `${noun} ${index}: ${count} ${noun === 'stock' ? 'bars' : 'sheets'} used, only ${quantity} available`,
      );
    }
  }
  return errors;
}

/** Pieces delivered per id must equal the demand exactly. */
export function checkCounts(deliveredIds: string[], demand: Map<string, { quantity: number }>, what: string): string[] {
  const delivered = new Map<string, number>();
  for (const id of deliveredIds) delivered.set(id, (delivered.get(id) ?? 0) + 1);
  const errors: string[] = [];
  for (const [id, item] of demand) {
    const count = delivered.get(id) ?? 0;
    if (count !== item.quantity) errors.push(`item ${id}: ${count} ${what}, ${item.quantity} demanded`);
  }
  return errors;
}
