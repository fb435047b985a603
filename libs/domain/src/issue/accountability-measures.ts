/** Measures against a unit (DESIGN §3): 公开批评, 约谈, 督导通报, 资源调整, 行政处罚. */
export const UNIT_ACCOUNTABILITY_MEASURES = [
  'public_criticism',
  'interview',
  'bulletin_notice',
  'resource_adjustment',
  'administrative_penalty',
] as const;

/** Measures against a person: 责令检查, 约谈, 通报批评, 组织处理, 处分, 移交. */
export const PERSON_ACCOUNTABILITY_MEASURES = [
  'ordered_self_examination',
  'interview',
  'notified_criticism',
  'organisational_handling',
  'disciplinary_sanction',
  'referral',
] as const;

export type UnitAccountabilityMeasure = (typeof UNIT_ACCOUNTABILITY_MEASURES)[number];
export type PersonAccountabilityMeasure = (typeof PERSON_ACCOUNTABILITY_MEASURES)[number];
export type AccountabilityMeasure = UnitAccountabilityMeasure | PersonAccountabilityMeasure;

export const ACCOUNTABILITY_MEASURES: readonly AccountabilityMeasure[] = [
  ...new Set<AccountabilityMeasure>([...UNIT_ACCOUNTABILITY_MEASURES, ...PERSON_ACCOUNTABILITY_MEASURES]),
];

export function measuresFor(kind: 'unit' | 'person'): readonly string[] {
  return kind === 'unit' ? UNIT_ACCOUNTABILITY_MEASURES : PERSON_ACCOUNTABILITY_MEASURES;
}
