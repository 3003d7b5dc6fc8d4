import type { Shape } from './journeys.js';

/** A strand cell as a reviewer typed it: a score, a phase word, or blank. */
export type StrandCell = number | string | null;

export interface SubjectUnit {
  unit: string;
  shape: Shape;
  lift?: number;
}

export interface SampleSchool {
  name: string;
  urn: string;
  phase: 'Primary' | 'Secondary' | 'All-through';
  /** The headline series' journey; 'too-little' = only two years of results. */
  shape: Shape | 'too-little';
  lift?: number;
  /** Leadership, Governance, Staffing, Attendance, Finance, Outcomes, Teaching & CPD, Behaviour. */
  strands: [StrandCell, StrandCell, StrandCell, StrandCell, StrandCell, StrandCell, StrandCell, StrandCell];
  safeguarding: 'Effective' | 'Not effective';
  inspection: string;
  inspected: [number, number, number];
  pa: number | null;
  reserves: number | null;
  inYear: number | null;
  turnover: number | null;
  pupils: number;
  agreed?: { category: string; by: string; on: [number, number, number]; why: string };
  units?: SubjectUnit[];
  /** A reviewer's note on the school's row, as trusts leave them. */
  note?: string;
}

const RC = (areas: string[], safeguarding: 'Met' | 'Not met'): string => {
  const names = ['Inclusion', 'Curriculum and teaching', 'Achievement', 'Attendance and behaviour', 'Personal development and wellbeing', 'Leadership and governance'];
  return [...names.map((n, i) => `${n}: ${areas[i] ?? 'Expected standard'}`), `Safeguarding: ${safeguarding}`].join('; ');
};

/**
 * Kestrelmoor Academies Trust: an invented trust of 26 schools in invented places. URNs start
 * with 95 so they cannot collide with a real school's. Each school's headline series is drawn
 * to land on one journey, and its strands, inspection and data are written to tell one story.
 */
export const SCHOOLS: SampleSchool[] = [
  { name: 'Ashcombe Vale Primary Academy', urn: '950101', phase: 'Primary', shape: 'A', strands: [4, 4, 4, 4, 4, null, 4, 4], safeguarding: 'Effective', inspection: 'Outstanding', inspected: [2014, 5, 14], pa: 9.1, reserves: 6.5, inYear: 1.8, turnover: 6, pupils: 418 },
  { name: 'Brindlewick Primary School', urn: '950102', phase: 'Primary', shape: 'A', lift: -0.1, strands: [4, 'Sustain', 4, 3, null, null, 4, 4], safeguarding: 'Effective', inspection: RC(['Strong standard', 'Exceptional', 'Strong standard', 'Strong standard', 'Exceptional', 'Strong standard'], 'Met'), inspected: [2025, 11, 19], pa: 10.4, reserves: 5.2, inYear: 2.1, turnover: 7, pupils: 392 },
  { name: 'Carrowby Fields Primary', urn: '950103', phase: 'Primary', shape: 'E', strands: [3, 3, 3, null, 3, null, 3, 3], safeguarding: 'Effective', inspection: 'Good', inspected: [2022, 6, 8], pa: 13.2, reserves: 4.1, inYear: 0.4, turnover: 11, pupils: 305 },
  { name: 'Dunsmere CE Primary Academy', urn: '950104', phase: 'Primary', shape: 'E', lift: 0.2, strands: [4, 4, 3, 4, 3, null, 3, 3], safeguarding: 'Effective', inspection: 'QoE: Good; B&A: Outstanding; PD: Outstanding; L&M: Good; EY: Good', inspected: [2025, 3, 12], pa: 9.8, reserves: 7.4, inYear: 0.2, turnover: 9, pupils: 212 },
  { name: 'Elmsworth Green Primary', urn: '950105', phase: 'Primary', shape: 'F', strands: [3, 3, null, 3, 3, 'Improve', 3, 3], safeguarding: 'Effective', inspection: 'Requires improvement', inspected: [2021, 11, 17], pa: 14.1, reserves: 3.3, inYear: -0.6, turnover: 12, pupils: 455, note: 'RI judgement pre-dates the current headteacher (appointed April 2022).' },
  { name: 'Farthingley Primary Academy', urn: '950106', phase: 'Primary', shape: 'F', lift: 0.1, strands: [3, 2, 3, 3, 'Improve', null, 3, 4], safeguarding: 'Effective', inspection: 'Good', inspected: [2023, 2, 1], pa: 12.6, reserves: 2.8, inYear: 0.9, turnover: 14, pupils: 238 },
  { name: 'Gorsebrook Primary', urn: '950107', phase: 'Primary', shape: 'B', strands: [3, 3, 2, 3, 3, null, 3, 3], safeguarding: 'Effective', inspection: 'Requires improvement', inspected: [2023, 10, 4], pa: 14.9, reserves: 1.9, inYear: 0.5, turnover: 19, pupils: 347 },
  { name: 'Harrowdene Primary School', urn: '950108', phase: 'Primary', shape: 'B', lift: -0.2, strands: [2, 2, 2, 'Repair', 2, null, 3, 2], safeguarding: 'Effective', inspection: 'QoE: Requires improvement; B&A: Good; PD: Good; L&M: Requires improvement', inspected: [2024, 11, 27], pa: 17.8, reserves: 0.8, inYear: -1.9, turnover: 21, pupils: 189 },
  {
    name: 'Ivywell Primary Academy', urn: '950109', phase: 'Primary', shape: 'C', strands: [2, 2, 2, 2, 3, null, 2, 3], safeguarding: 'Effective', inspection: 'Outstanding', inspected: [2012, 3, 7], pa: 15.6, reserves: 4.8, inYear: -0.8, turnover: 18, pupils: 276,
    agreed: { category: 'C', by: 'Trust board (standards committee)', on: [2025, 12, 10], why: 'New headteacher in post since September 2025; internal Year 6 data back in line with national.' },
  },
  { name: 'Kilnhurst Fields Primary', urn: '950110', phase: 'Primary', shape: 'C', lift: -0.3, strands: [1, 2, 1, 2, 2, null, 2, 2], safeguarding: 'Effective', inspection: 'Good', inspected: [2019, 1, 23], pa: 20.3, reserves: -1.2, inYear: -3.4, turnover: 31, pupils: 198, note: 'Headteacher left December 2025; interim head from the trust central team.' },
  { name: 'Larkspur Rise Primary', urn: '950111', phase: 'Primary', shape: 'D-slow', strands: [2, 3, 2, 2, 2, null, 2, 3], safeguarding: 'Effective', inspection: 'Good', inspected: [2019, 6, 5], pa: 16.4, reserves: 2.2, inYear: -1.1, turnover: 17, pupils: 420 },
  { name: 'Millbeck Primary', urn: '950112', phase: 'Primary', shape: 'D-coasting', strands: [2, 2, 3, null, 2, null, 2, 3], safeguarding: 'Effective', inspection: RC(['Expected standard', 'Expected standard', 'Needs attention', 'Expected standard', 'Strong standard', 'Expected standard'], 'Met'), inspected: [2026, 1, 21], pa: 15.1, reserves: 3.6, inYear: -0.4, turnover: 13, pupils: 301 },
  { name: 'Netherwold Primary Academy', urn: '950113', phase: 'Primary', shape: 'G', strands: [3, 3, 3, 3, 3, null, 3, 2], safeguarding: 'Effective', inspection: 'Good', inspected: [2023, 5, 10], pa: 13.5, reserves: 4.4, inYear: 0.1, turnover: 10, pupils: 264 },
  { name: 'Orrinsfield Primary', urn: '950114', phase: 'Primary', shape: 'G', lift: -0.2, strands: [2, 2, 2, 2, null, null, 2, 2], safeguarding: 'Effective', inspection: 'QoE: Good; B&A: Good; PD: Good; L&M: Good', inspected: [2025, 5, 14], pa: 16.9, reserves: 1.4, inYear: -2.2, turnover: 16, pupils: 233 },
  { name: 'Pennyworth Primary School', urn: '950115', phase: 'Primary', shape: 'H', strands: [2, 1, 2, 1, 2, null, 2, 2], safeguarding: 'Not effective', inspection: RC(['Needs attention', 'Needs attention', 'Urgent improvement', 'Needs attention', 'Expected standard', 'Urgent improvement'], 'Not met'), inspected: [2026, 2, 11], pa: 23.8, reserves: 0.3, inYear: -2.8, turnover: 27, pupils: 171, note: 'Safeguarding action plan agreed with the LA designated officer, February 2026.' },
  { name: 'Quenby Lea Primary', urn: '950116', phase: 'Primary', shape: 'E', lift: 0.4, strands: [4, 4, 4, 3, 4, null, 4, 4], safeguarding: 'Effective', inspection: 'Outstanding', inspected: [2022, 9, 28], pa: 10.9, reserves: 7.9, inYear: 1.2, turnover: 5, pupils: 630 },
  { name: 'Rookhaven Primary', urn: '950117', phase: 'Primary', shape: 'F', lift: -0.1, strands: ['improve', 3, 3, 3, 3, null, 'Improve', 3], safeguarding: 'Effective', inspection: 'Good', inspected: [2020, 2, 26], pa: 13.0, reserves: 3.9, inYear: 0.6, turnover: 9, pupils: 356 },
  { name: 'Saltwick Moor Primary', urn: '950118', phase: 'Primary', shape: 'too-little', strands: [3, 3, null, null, null, null, null, null], safeguarding: 'Effective', inspection: 'Good', inspected: [2023, 3, 15], pa: null, reserves: null, inYear: null, turnover: null, pupils: 154, note: 'Joined the trust September 2025; due diligence evidence still being gathered. Opened 2019, first Year 6 in 2024.' },
  {
    name: 'Thistlecombe Academy', urn: '950201', phase: 'Secondary', shape: 'A', strands: [4, 4, 4, 4, 4, null, 4, 'Sustain'], safeguarding: 'Effective', inspection: 'Outstanding', inspected: [2017, 11, 29], pa: 19.2, reserves: 6.1, inYear: 1.5, turnover: 7, pupils: 1240,
    units: [{ unit: 'Maths', shape: 'A' }, { unit: 'English', shape: 'E', lift: 0.3 }, { unit: 'Science', shape: 'F' }],
  },
  { name: 'Upperfold School', urn: '950202', phase: 'Secondary', shape: 'B', strands: [3, 3, 3, 2, 3, null, 3, 3], safeguarding: 'Effective', inspection: 'QoE: Good; B&A: Good; PD: Good; L&M: Outstanding; Sixth form: Good', inspected: [2025, 2, 5], pa: 27.9, reserves: 3.1, inYear: 0.3, turnover: 12, pupils: 1105 },
  {
    name: 'Wyvernbrook Academy', urn: '950203', phase: 'Secondary', shape: 'C', strands: [2, 2, 2, null, 2, null, 2, 2], safeguarding: 'Effective', inspection: 'Good', inspected: [2018, 3, 14], pa: 29.5, reserves: 1.1, inYear: -1.6, turnover: 22, pupils: 980,
    units: [{ unit: 'Maths', shape: 'C' }, { unit: 'English', shape: 'E', lift: -0.3 }, { unit: 'Science', shape: 'D-slow' }],
  },
  {
    name: 'Yarrowdale High School', urn: '950204', phase: 'Secondary', shape: 'D-coasting', strands: [2, 3, 2, 2, 2, null, 2, 3], safeguarding: 'Effective', inspection: 'Requires improvement', inspected: [2022, 1, 19], pa: 31.0, reserves: 2.5, inYear: -0.9, turnover: 18, pupils: 860,
    agreed: { category: 'E', by: 'CEO and director of education', on: [2026, 1, 14], why: 'Third year of coasting results and a falling roll; placed in intensive support ahead of the next inspection.' },
  },
  {
    name: 'Fenwick Moor Academy', urn: '950205', phase: 'Secondary', shape: 'E', strands: [4, 3, 3, 4, 3, null, 3, 3], safeguarding: 'Effective', inspection: RC(['Strong standard', 'Strong standard', 'Expected standard', 'Strong standard', 'Strong standard', 'Strong standard'], 'Met'), inspected: [2026, 3, 4], pa: 22.1, reserves: 5.5, inYear: 1.0, turnover: 8, pupils: 1320,
    units: [{ unit: 'Maths', shape: 'F' }, { unit: 'English', shape: 'E' }, { unit: 'Science', shape: 'G' }],
  },
  { name: 'Kestrel Heath School', urn: '950206', phase: 'Secondary', shape: 'F', strands: [3, 3, 3, 3, 2, null, 3, 3], safeguarding: 'Effective', inspection: 'Good', inspected: [2023, 6, 21], pa: 25.0, reserves: 3.4, inYear: -0.2, turnover: 13, pupils: 1010 },
  { name: 'Hollins Ridge Academy', urn: '950207', phase: 'Secondary', shape: 'G', strands: [2, 2, 3, 2, 2, null, 2, 2], safeguarding: 'Effective', inspection: 'Requires improvement', inspected: [2019, 10, 2], pa: 30.2, reserves: 1.7, inYear: -1.3, turnover: 20, pupils: 745 },
  { name: 'Greywater All-Through Academy', urn: '950301', phase: 'All-through', shape: 'H', strands: [2, 1, 1, 1, 2, null, 1, 2], safeguarding: 'Effective', inspection: 'Inadequate', inspected: [2023, 11, 8], pa: 33.4, reserves: -0.6, inYear: -4.1, turnover: 29, pupils: 1480, note: 'Executive headteacher from Thistlecombe seconded two days a week since January 2026.' },
];
