/** 经常性/挂牌 routine, 专项 special, 综合 comprehensive, 暗访 unannounced, 举报核实 complaint */
export type VisitKind = 'routine' | 'special' | 'comprehensive' | 'unannounced' | 'complaint';
export const VISIT_KINDS: readonly VisitKind[] = ['routine', 'special', 'comprehensive', 'unannounced', 'complaint'];
