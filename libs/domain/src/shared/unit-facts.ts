/** What the registry says about one unit, as far as a decision needs it (looked up by the handler). */
export interface UnitFacts {
  unitId: string;
  name: string;
  regionId: string;
  /** its superior departments (主管部门), nearest first, following the registry's parent chain */
  superiorUnitIds: readonly string[];
  /** whether the unit lies inside the deciding actor's jurisdiction */
  inActorJurisdiction: boolean;
}
