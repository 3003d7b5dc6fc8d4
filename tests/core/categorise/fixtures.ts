import type { SchoolRecord } from '../../../core/tracker/types.js';

/** A school record with nothing known, for tests to fill in. */
export function record(overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    key: '100001',
    school: 'Elm Street Primary',
    urn: '100001',
    educationPhase: 'primary',
    strands: {},
    safeguarding: 'effective',
    inspection: null,
    data: {},
    override: null,
    groupsUnderperforming: false,
    source: { sheet: 'Schools', cell: 'A2' },
    ...overrides,
  };
}
