import type { SheetGrid } from '../../../core/grid/types.js';

export const OAK_PLAN: SheetGrid = {
  name: 'SIP Oakfield',
  grid: [
    ['Oakfield Primary: school improvement plan 2025/26'],
    ['School', 'Priority', 'Lift pitch', 'Impact measure', 'Action', 'Type', 'Owner', 'Start', 'Due', 'Budget', 'CPD', 'Status'],
    ['Oakfield Primary', 'Raise attainment in reading across KS2', 'Pupils read widely and fluently.', '85% reach ARE in reading', 'Daily reading fluency sessions in Y5 and Y6', 'Implementation', 'J. Patel', '01/09/2025', '31/10/2025', '£1,200', 'Yes', 'Done'],
    [null, null, null, null, 'Reading leader audits book bands', 'Implementation', null, '01/09/2025', '15/11/2025', null, 'No', null],
    [null, null, null, null, 'Pupil voice on reading for pleasure', 'Impact', 'K. Moss', null, null, null, null, null],
    [null, 'Improve attendance of disadvantaged pupils', null, null, 'First-day calls for PP pupils', 'Implementation', 'Office', '01/09/2025', '30/06/2026', 500, 'No', null],
    [null, 'Oracy and communication in EYFS', 'Children speak in full sentences.', 'EYFS communication GLD 75%', 'Talk-rich provision training', 'Implementation', 'EYFS lead', '01/09/2025', '31/03/2026', '£2.5k', 'yes', null],
  ],
};

export const ELM_PLAN: SheetGrid = {
  name: 'SIP Elm',
  grid: [
    ['Priority', 'Action', 'Owner', 'Due', 'Impact measure'],
    ['Phonics', 'Phonics refresher for all KS1 staff', 'R. Ahmed', '2026-02-01', 'Phonics screening 90%'],
    ['Reading for pleasure', 'New library', 'R. Ahmed', '2026-03-01', 'Borrowing doubles'],
    ['Maths mastery', 'Mastery training', 'T. Lee', '2026-03-01', 'KS2 maths EXS 80%'],
    ['Writing', 'Moderation with trust schools', 'T. Lee', '2026-03-01', 'KS2 writing EXS 75%'],
    ['SEND provision', 'SENCo network', 'S. Khan', '2026-03-01', 'Provision maps in place'],
    ['Careers and transition', 'Visits to secondary schools', 'S. Khan', '2026-06-01', 'All Y6 visit'],
    ['Phonics', 'Daily keep-up sessions', 'R. Ahmed', '32/01/2026', null],
  ],
};

export const THEMES: SheetGrid = {
  name: 'Trust priorities',
  grid: [
    ['Strategic priority', 'Theme', 'Tag words', 'Lead'],
    ['All our children enjoy their learning and make at least good progress', 'Reading and Phonics', 'reading, phonics', 'Head of Oakfield'],
    [null, 'Communication and Oracy', 'oracy; communication', null],
    ['All our children are responsible citizens', 'Careers, transition', 'careers, transition', null],
    ['All our academies are continually improving provision', 'Quality Assurance', 'quality assurance, moderation', null],
  ],
};

export const DELIVERY: SheetGrid = {
  name: 'Delivery plan',
  grid: [
    ['Theme', 'What', 'How', 'Measurable outcome', 'Lead', 'Autumn', 'Spring', 'Summer'],
    ['Reading and Phonics', 'Every school teaches one validated phonics scheme', 'Network meetings each half term', 'Phonics screening ≥ 85% in every school', 'Head of Oakfield', 'G', 'Amber', null],
    ['Quality Assurance', 'Peer review in every school', 'Trios of heads', 'Every school reviewed twice', null, 'R', 'purple', null],
  ],
};

export const ALL = [OAK_PLAN, ELM_PLAN, THEMES, DELIVERY];
