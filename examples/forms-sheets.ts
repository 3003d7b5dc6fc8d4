import type ExcelJS from 'exceljs';

type Row = [school: string, observer: string, role: string, date: Date | string, from: number | string, to: number | string, activity: string, focus: string, yearClass: string, subject: string, size: number | null, mixed: string, offer: string];

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const t = (h: number, m = 0) => (h * 60 + m) / 1440;

// Spring-term QA visits across the sample trust, and two booked for the summer term. Written the
// way schedules are kept: mostly real dates and times, one date typed as text, one time as "9.15".
const VISITS: Row[] = [
  ['Kilnhurst Fields Primary', 'Helen Marsh', 'CEO', d(2026, 1, 13), t(9), t(10), 'Lesson obs', 'Early reading and phonics in KS1', 'Y1', 'English', 27, 'Y', 'Core'],
  ['Kilnhurst Fields Primary', 'Tom Adeyemi', 'Primary phase director', d(2026, 1, 13), t(10, 30), t(11, 30), 'Work analysis; discussion', 'Feedback in maths books', 'Y4', 'Maths', 29, 'Y', 'Core'],
  ['Pennyworth Primary School', 'Helen Marsh', 'CEO', d(2026, 1, 20), t(9), t(12), 'Discussion', 'Safeguarding culture and attendance follow-up', 'Whole school', '', null, '', 'Core'],
  ['Pennyworth Primary School', 'Priya Nair', 'Headteacher, Quenby Lea', '03/02/2026', '9.15', t(10, 15), 'Lesson obs', 'Behaviour routines at transitions', 'Y5', 'Science', 24, 'Y', 'Core'],
  ['Greywater All-Through Academy', 'Helen Marsh', 'CEO', d(2026, 1, 27), t(8, 45), t(9, 45), 'Lesson observation', 'Adaptive teaching for pupils with SEND', '9C', 'English', 28, 'N', 'Core'],
  ['Greywater All-Through Academy', 'Dan Okafor', 'Secondary phase director', d(2026, 1, 27), t(11), t(12), 'Work analysis', 'Curriculum sequencing in history', '8B', 'History', 30, 'Y', 'Core'],
  ['Wyvernbrook Academy', 'Dan Okafor', 'Secondary phase director', d(2026, 2, 10), t(9, 30), t(10, 30), 'Lesson obs', 'Questioning and checking for understanding', '10A', 'Maths', 31, 'N', 'Core'],
  ['Wyvernbrook Academy', 'Sam Whitley', 'Head of maths, Thistlecombe', d(2026, 2, 10), t(13), t(14), 'Discussion', 'Pupil voice on homework', '11', 'Maths', 12, 'Y', 'Optional'],
  ['Harrowdene Primary School', 'Tom Adeyemi', 'Primary phase director', d(2026, 2, 24), t(9), t(10), 'Lesson obs; work analysis', 'Writing: modelling and editing', 'Y6', 'English', 30, 'Y', 'Core'],
  ['Larkspur Rise Primary', 'Priya Nair', 'Headteacher, Quenby Lea', d(2026, 3, 3), t(10), t(11), 'Lesson obs', 'Maths mastery: fluency and reasoning', 'Y3', 'Maths', 28, 'Y', 'Core'],
  ['Orrinsfield Primary', 'Tom Adeyemi', 'Primary phase director', d(2026, 3, 10), t(13, 15), t(14, 15), 'Work analysis', 'Presentation and pride in books', 'Y2', 'Topic', 26, 'Y', 'Optional'],
  ['Hollins Ridge Academy', 'Dan Okafor', 'Secondary phase director', d(2026, 3, 17), t(9), t(10), 'Lesson obs', 'Behaviour for learning in KS3', '7D', 'Geography', 29, 'Y', 'Core'],
  ['Quenby Lea Primary', 'Helen Marsh', 'CEO', d(2026, 3, 24), t(9), t(11), 'Discussion; other', 'Leadership of reading: what can be shared', 'Whole school', 'English', null, '', 'Core'],
  ['Kilnhurst Fields Primary', 'Helen Marsh', 'CEO', d(2026, 4, 21), t(9), t(10), 'Lesson obs', 'Follow-up: phonics groups', 'Y1', 'English', 27, 'N', 'Core'],
  ['Greywater All-Through Academy', 'Priya Nair', 'Headteacher, Quenby Lea', d(2026, 5, 5), t(10), t(11), 'Lesson obs', 'Early reading in the primary phase', 'Y2', 'English', 25, 'Y', 'Optional'],
];

// Seed 003's offer: 3 core and 3 optional days per school; a trust adjusts some.
const QA_DAYS: [string, number, number][] = [
  ['Kilnhurst Fields Primary', 4, 3],
  ['Pennyworth Primary School', 4, 3],
  ['Greywater All-Through Academy', 5, 3],
  ['Wyvernbrook Academy', 3, 3],
  ['Harrowdene Primary School', 3, 3],
  ['Larkspur Rise Primary', 3, 3],
  ['Orrinsfield Primary', 3, 2],
  ['Hollins Ridge Academy', 3, 3],
  ['Quenby Lea Primary', 1, 0],
];

/** Add a "Visit schedule" and a "QA days" sheet to the sample tracker, for the forms commands. */
export function addFormsSheets(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Visit schedule', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow(['QA visit schedule 2025/26: spring term, and summer visits booked so far']);
  ws.addRow(['School', 'Observer', 'Role', 'Date', 'Time from', 'Time to', 'Activity', 'Focus', 'Year / class', 'Subject', 'No. in class', 'Mixed ability (Y/N)', 'Offer']);
  for (const v of VISITS) ws.addRow(v);
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.getRow(2).font = { bold: true };
  ws.getColumn(4).numFmt = 'dd/mm/yyyy';
  ws.getColumn(5).numFmt = 'hh:mm';
  ws.getColumn(6).numFmt = 'hh:mm';
  [30, 16, 26, 11, 9, 9, 24, 40, 12, 10, 10, 10, 9].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const qa = wb.addWorksheet('QA days');
  qa.addRow(['School', 'Core days', 'Optional days']);
  for (const row of QA_DAYS) qa.addRow(row);
  qa.getRow(1).font = { bold: true };
  qa.getColumn(1).width = 30;
}
