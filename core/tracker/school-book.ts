import { normaliseHeader } from '../grid/normalise-header.js';
import type { SchoolRecord } from './types.js';

/** The key a school is joined on when it has no URN. */
export function nameKey(name: string): string {
  return `name:${normaliseHeader(name)}`;
}

/** Every school found so far, findable by key, URN and name. */
export class SchoolBook {
  readonly records: SchoolRecord[] = [];
  private readonly byKey = new Map<string, SchoolRecord>();
  private readonly byName = new Map<string, SchoolRecord[]>();

  add(record: SchoolRecord): void {
    this.records.push(record);
    this.byKey.set(record.key, record);
    const name = nameKey(record.school);
    const named = this.byName.get(name) ?? [];
    named.push(record);
    this.byName.set(name, named);
  }

  byUrn(urn: string): SchoolRecord | undefined {
    return this.byKey.get(urn);
  }

  /** The school with this key (its URN, or "name:" and its folded name). */
  get(key: string): SchoolRecord | undefined {
    return this.byKey.get(key);
  }

  /** Schools with this name (several when different URNs share a name). */
  named(name: string): SchoolRecord[] {
    return this.byName.get(nameKey(name)) ?? [];
  }

  get size(): number {
    return this.records.length;
  }
}
