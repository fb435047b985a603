/**
 * A list path with its query: `params` replace any of the same name already in `path` (never a parameter twice — the
 * API refuses `?pageSize=100&page=1&pageSize=100` with 400), and empty values are left out.
 */
export function listPath(path: string, params: Record<string, string | number | null | undefined>): string {
  const [base, query = ''] = path.split('?');
  const search = new URLSearchParams(query);
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') search.delete(name);
    else search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
