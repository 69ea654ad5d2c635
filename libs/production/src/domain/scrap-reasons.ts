/** The scrap reasons (报废原因) every factory starts with, in the order the station offers them. */
export const DEFAULT_SCRAP_REASONS: readonly { code: string; nameZh: string; nameEn: string }[] = [
  { code: 'size_error', nameZh: '尺寸超差', nameEn: 'Out of tolerance' },
  { code: 'edge_chipping', nameZh: '崩边', nameEn: 'Edge chipping' },
  { code: 'surface_damage', nameZh: '表面划伤/压痕', nameEn: 'Surface scratch or dent' },
  { code: 'delamination', nameZh: '开胶/脱层', nameEn: 'Delamination' },
  { code: 'glue_defect', nameZh: '溢胶/缺胶', nameEn: 'Glue defect' },
  { code: 'material_defect', nameZh: '板材缺陷', nameEn: 'Material defect' },
  { code: 'machining_error', nameZh: '加工错误', nameEn: 'Machining error' },
  { code: 'paint_defect', nameZh: '漆面缺陷', nameEn: 'Paint defect' },
  { code: 'wrong_part', nameZh: '错料', nameEn: 'Wrong part' },
  { code: 'other', nameZh: '其他', nameEn: 'Other' },
];
