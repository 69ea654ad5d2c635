import type { Loss, ReasonState } from './equipment-codes';

export interface ReasonDefinition {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  appliesTo: ReasonState[];
  loss: Loss;
}

const reason = (
  code: string,
  parentCode: string | null,
  nameZh: string,
  nameEn: string,
  appliesTo: ReasonState[],
  loss: Loss,
): ReasonDefinition => ({ code, parentCode, nameZh, nameEn, appliesTo, loss });

/**
 * The reason tree every factory starts with: a door plant's stops (domain.md §4.2), grouped under the loss
 * they are (TPM's six big losses). Parents come before their children; `sort` is the position here.
 */
export const DEFAULT_DOWNTIME_REASONS: readonly ReasonDefinition[] = [
  reason('breakdown', null, '设备故障', 'Breakdown', ['down'], 'breakdown'),
  reason('blade_broken', 'breakdown', '锯片断裂/崩刃', 'Saw blade broken or chipped', ['down'], 'breakdown'),
  reason('motor_bearing', 'breakdown', '电机/轴承故障', 'Motor or bearing failure', ['down'], 'breakdown'),
  reason('glue_pot_heater', 'breakdown', '胶锅加热故障', 'Glue pot heater fault', ['down'], 'breakdown'),
  reason('electrical', 'breakdown', '电气/控制故障', 'Electrical or control fault', ['down'], 'breakdown'),
  reason('no_material', null, '缺料', 'No material', ['down', 'idle'], 'breakdown'),
  reason('starved_upstream', 'no_material', '上游缺料', 'Starved by upstream', ['down', 'idle'], 'breakdown'),
  reason('blocked_downstream', null, '下游堵塞', 'Blocked by downstream', ['down', 'idle'], 'breakdown'),
  reason('waiting_qc', null, '等待质检', 'Waiting for QC', ['down', 'idle'], 'breakdown'),
  reason('no_operator', null, '无操作工', 'No operator', ['down', 'idle'], 'breakdown'),
  reason('tool_change', null, '换刀/换锯片', 'Blade or tool change', ['setup', 'down'], 'setup'),
  reason('colour_change', null, '换色', 'Colour change', ['setup'], 'setup'),
  reason('edge_band_colour', 'colour_change', '封边带换色', 'Edge band colour change', ['setup'], 'setup'),
  reason('paint_colour', 'colour_change', '油漆换色', 'Paint colour change', ['setup'], 'setup'),
  reason('press_heat_up', null, '热压机升温', 'Press heat-up', ['setup'], 'setup'),
  reason('adjustment', null, '调机/试切', 'Adjustment and trial cuts', ['setup'], 'setup'),
  reason('cleaning', null, '清洁', 'Cleaning', ['setup', 'idle', 'down'], 'setup'),
  reason('minor_stop', null, '小停机', 'Minor stop', ['down'], 'small_stop'),
  reason('jam', 'minor_stop', '卡料', 'Jam or misfeed', ['down'], 'small_stop'),
  reason('no_order', null, '无订单', 'No order', ['idle'], 'no_order'),
  reason('meeting', null, '班前会/培训', 'Meeting or training', ['idle'], 'planned'),
];

export interface ReasonNode {
  code: string;
  parentCode: string | null;
}

/**
 * Why giving `code` the parent `parentCode` would break the tree, or null: the parent must exist and must not be
 * the reason itself or one of its descendants (that would make a cycle, and a tree view could never end).
 */
export function reasonParentProblem(
  code: string,
  parentCode: string | null,
  reasons: ReadonlyMap<string, ReasonNode>,
): string | null {
  if (parentCode === null) return null;
  if (!reasons.has(parentCode))
    return `no downtime reason ${parentCode} in this factory / 上级原因 ${parentCode} 不存在`;
  const seen = new Set<string>();
  for (let at: string | null = parentCode; at !== null; at = reasons.get(at)?.parentCode ?? null) {
    if (at === code)
      return `${parentCode} is ${code} itself or below it: that would make a cycle / 上级原因不能是自身或其下级`;
    if (seen.has(at)) break;
    seen.add(at);
  }
  return null;
}
