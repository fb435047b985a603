import { PERSONAL_FIELDS, type PersonalField } from './personal-fields';

export type ValuePath = readonly (string | number)[];

/** One personal value inside one event's data, found through the declaration. */
export interface PersonalValueSite {
  path: ValuePath;
  value: unknown;
  kind: 'person' | 'text';
  /** Values of one group (one person object, or one flagged text field) belong to one subject. */
  group: string;
  /**
   * Who the group is within its stream — `person:<name>` or `text:<field>` — when it can be told from plain text;
   * null when the identifying value is no longer plain (already protected, say).
   */
  identity: string | null;
  /** the identifying text itself (a person's name, the flagged text), for the subject's masked label */
  label: string | null;
}

/** Names compare after Unicode compatibility folding and whitespace collapsing: 张三 and ' 张三 ' are one person. */
export function normalizePersonalText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Where the declared personal values of one event are (plain, protected or anything else the event holds there). */
export function personalValueSites(eventType: string, data: unknown, declarations: Readonly<Record<string, readonly PersonalField[]>> = PERSONAL_FIELDS): PersonalValueSite[] {
  const declared = Object.prototype.hasOwnProperty.call(declarations, eventType) ? declarations[eventType] : undefined;
  if (!declared || data === null || typeof data !== 'object') return [];
  const sites: PersonalValueSite[] = [];
  for (const field of declared) {
    if (field.kind === 'text') {
      if ((data as Record<string, unknown>)[field.flag] !== true) continue;
      for (const { path, value } of nodesAt(data, field.at)) {
        if (value === undefined || value === null) continue;
        const label = typeof value === 'string' ? value : null;
        sites.push({ path, value, kind: 'text', group: `text:${field.at}`, identity: `text:${field.at}`, label });
      }
      continue;
    }
    for (const node of nodesAt(data, field.at)) {
      if (!matches(node.value, field.where)) continue;
      const members = field.fields.length === 0 ? [node] : field.fields.map((name) => ({ path: [...node.path, name], value: (node.value as Record<string, unknown> | null)?.[name] }));
      const first = members[0]?.value;
      const label = typeof first === 'string' ? normalizePersonalText(first) : null;
      const group = `person:${node.path.join('.')}`;
      for (const member of members) {
        if (member.value === undefined || member.value === null) continue;
        sites.push({ path: member.path, value: member.value, kind: 'person', group, identity: label === null ? null : `person:${label}`, label });
      }
    }
  }
  return sites;
}

/** A copy of `data` with the value at each path replaced; everything else shared with the original. */
export function withValuesAt(data: unknown, replacements: ReadonlyArray<{ path: ValuePath; value: unknown }>): unknown {
  let result = data;
  for (const { path, value } of replacements) result = setAt(result, path, 0, value);
  return result;
}

function setAt(node: unknown, path: ValuePath, index: number, value: unknown): unknown {
  if (index === path.length) return value;
  const key = path[index];
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = setAt(node[key as number], path, index + 1, value);
    return copy;
  }
  const record = (node ?? {}) as Record<string, unknown>;
  return { ...record, [key]: setAt(record[key as string], path, index + 1, value) };
}

function nodesAt(data: unknown, at: string): Array<{ path: ValuePath; value: unknown }> {
  let nodes: Array<{ path: ValuePath; value: unknown }> = [{ path: [], value: data }];
  for (const segment of at.split('.')) {
    const each = segment.endsWith('[]');
    const key = each ? segment.slice(0, -2) : segment;
    const next: Array<{ path: ValuePath; value: unknown }> = [];
    for (const node of nodes) {
      if (node.value === null || typeof node.value !== 'object' || Array.isArray(node.value)) continue;
      const child = (node.value as Record<string, unknown>)[key];
      if (!each) next.push({ path: [...node.path, key], value: child });
      else if (Array.isArray(child)) child.forEach((element, i) => next.push({ path: [...node.path, key, i], value: element }));
    }
    nodes = next;
  }
  return nodes;
}

function matches(value: unknown, where: Readonly<Record<string, string>> | undefined): boolean {
  if (!where) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(where).every(([key, expected]) => (value as Record<string, unknown>)[key] === expected);
}
