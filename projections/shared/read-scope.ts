/** Which rows a caller may read: undefined = no limit on that axis. Built by the api's scopeFilter(actor). */
export interface ReadScope {
  regionIds?: string[];
  unitIds?: string[];
}

/** Adds the scope's conditions to a WHERE list (columns region_id and unit_id of `alias`). */
export function scopeConditions(scope: ReadScope, values: unknown[], alias = ''): string[] {
  const prefix = alias ? `${alias}.` : '';
  const conditions: string[] = [];
  if (scope.regionIds) {
    values.push(scope.regionIds);
    conditions.push(`${prefix}region_id = ANY($${values.length}::text[])`);
  }
  if (scope.unitIds) {
    values.push(scope.unitIds);
    conditions.push(`${prefix}unit_id = ANY($${values.length}::text[])`);
  }
  return conditions;
}

/** Adds `column = $n` when the value is given. */
export function equalsCondition(conditions: string[], values: unknown[], column: string, value: unknown): void {
  if (value === undefined || value === null || value === '') return;
  values.push(value);
  conditions.push(`${column} = $${values.length}`);
}
