import type { ActionInfo } from '../host-api.js';

/** The runs the pane offers beyond categorise; plain data, so the first file stays free of the core. */
export const ACTION_INFO: ActionInfo[] = [
  {
    id: 'targets',
    view: 'targets',
    label: 'Set targets and check progress',
    help: 'Reads baselines, pupil results and data drops, sets each school’s targets and milestones, and writes Pathway Targets and Pathway Progress.',
  },
  {
    id: 'plans',
    view: 'plans',
    label: 'Check improvement plans',
    help: 'Reads the schools’ improvement plans and the trust’s themes, checks each plan, and writes Pathway Plan Checks and Pathway Themes.',
  },
  {
    id: 'forms.generate',
    view: 'forms',
    label: 'Make forms for the visit schedule',
    help: 'Makes one monitoring form per visit on the schedule that has none yet. Forms you have started are left exactly as they are.',
  },
  {
    id: 'forms.collate',
    view: 'forms',
    label: 'Collate completed forms',
    help: 'Reads every Pathway form into Pathway Evidence, with a summary per school and the QA days used.',
  },
  {
    id: 'forms.feedback',
    view: 'forms',
    label: 'Write feedback from completed forms',
    help: 'Gathers What went well, Even better if and any area of excellence from every completed form into Pathway Feedback, school by school, ready to share.',
  },
  {
    id: 'broker',
    view: 'broker',
    label: 'Broker support between schools',
    help: 'Matches schools that can give support with schools that need it, using the categories and the areas of excellence in the forms, and writes Pathway Support Plan.',
  },
  {
    id: 'report',
    view: 'report',
    label: 'Write the board pack',
    help: 'Writes Pathway Dashboard, a one-page profile per school, Pathway Reviews and Pathway Alignment for A4, and a dated snapshot in Pathway History.',
  },
];
