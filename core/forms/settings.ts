/** The judgement areas and scale a form offers: inspection headings or the trust's own words. */
export interface JudgementScheme {
  /** Shown in settings and docs, e.g. "2015 inspection headings". */
  name: string;
  /** Areas in the order they print on the form. */
  areas: string[];
  /** Scale words, best first. "Not judged" is always added; do not list it. */
  scale: string[];
  /** Areas judged on a scale of their own (report-card safeguarding: Met / Not met), by area name. */
  areaScales?: Record<string, string[]>;
}

export type SchemeKey = '2015' | '2019' | '2025';

const LEGACY_SCALE = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

/** The three inspection frameworks a trust may want its forms to follow (FRAMEWORK.md section 9). */
export const JUDGEMENT_SCHEMES: Record<SchemeKey, JudgementScheme> = {
  '2015': {
    name: '2015 inspection headings',
    areas: ['Teaching, learning & assessment', 'Personal development, behaviour & welfare', 'Leadership & management', 'Outcomes for pupils'],
    scale: LEGACY_SCALE,
  },
  '2019': {
    name: '2019 inspection headings',
    areas: ['Quality of education', 'Behaviour & attitudes', 'Personal development', 'Leadership & management'],
    scale: LEGACY_SCALE,
  },
  '2025': {
    name: '2025 report-card areas',
    // Ofsted's report-card evaluation areas (from November 2025); early years and sixth form are
    // judged where the school has them, so a reviewer marks them "Not judged" otherwise.
    areas: [
      'Inclusion',
      'Curriculum & teaching',
      'Achievement',
      'Attendance & behaviour',
      'Personal development & well-being',
      'Early years (where applicable)',
      'Sixth form (where applicable)',
      'Leadership & governance',
      'Safeguarding',
    ],
    scale: ['Exceptional', 'Strong standard', 'Expected standard', 'Needs attention', 'Urgent improvement'],
    areaScales: { Safeguarding: ['Met', 'Not met'] },
  },
};

/** A theme the trust tags WWW/EBI text with, found by any of its words. */
export interface Theme {
  theme: string;
  words: string[];
}

export interface FormsSettings {
  scheme: JudgementScheme;
  /**
   * "none": no judgement rows on the form; "optional": offered, blank means not judged
   * (single lessons are not graded by default); "required": a blank judgement is a problem.
   */
  judgements: 'none' | 'optional' | 'required';
  notJudged: string;
  /** A class size outside [min, max] is reported as impossible. */
  classSize: { min: number; max: number };
  themes: Theme[];
  /** How many themes the summary lists per school for WWW and for EBI. */
  topThemes: number;
  /** Days each school is allocated unless the QA days sheet says otherwise (seed 003: 3 and 3). */
  qaDays: { core: number; optional: number };
}

/** Theme words a trust is likely to use; a trust replaces them with its own. */
export const DEFAULT_THEMES: Theme[] = [
  { theme: 'Questioning', words: ['question', 'questioning', 'questions'] },
  { theme: 'Feedback & marking', words: ['feedback', 'marking', 'marked'] },
  { theme: 'Challenge & stretch', words: ['challenge', 'stretch', 'greater depth', 'higher attainers'] },
  { theme: 'Adaptive teaching & SEND', words: ['send', 'scaffold', 'scaffolding', 'adapt', 'adaptive', 'support staff', 'ta'] },
  { theme: 'Behaviour & routines', words: ['behaviour', 'routines', 'routine', 'disruption', 'conduct'] },
  { theme: 'Engagement', words: ['engaged', 'engagement', 'enthusiasm', 'motivated'] },
  { theme: 'Vocabulary & oracy', words: ['vocabulary', 'oracy', 'talk', 'discussion'] },
  { theme: 'Reading & phonics', words: ['reading', 'phonics', 'reader', 'readers'] },
  { theme: 'Subject knowledge', words: ['subject knowledge', 'explanation', 'explanations', 'modelling', 'modelled'] },
  { theme: 'Assessment for learning', words: ['check for understanding', 'checking understanding', 'misconception', 'misconceptions', 'afl', 'assessment'] },
  { theme: 'Pace & time', words: ['pace', 'transitions', 'time on task'] },
  { theme: 'Presentation of work', words: ['presentation', 'handwriting', 'books', 'pride'] },
];

export const DEFAULT_FORMS_SETTINGS: FormsSettings = {
  // The report-card areas are what inspectors use from November 2025 (issue 12); forms made
  // under the 2015 or 2019 headings stay readable (judgement-word.ts scaleFor).
  scheme: JUDGEMENT_SCHEMES['2025'],
  judgements: 'optional',
  notJudged: 'Not judged',
  classSize: { min: 1, max: 40 },
  themes: DEFAULT_THEMES,
  topThemes: 3,
  qaDays: { core: 3, optional: 3 },
};

/** Defaults with a trust's changes on top (a shallow merge per group). */
export function formsSettings(changes: Partial<FormsSettings> = {}): FormsSettings {
  return {
    ...DEFAULT_FORMS_SETTINGS,
    ...changes,
    classSize: { ...DEFAULT_FORMS_SETTINGS.classSize, ...changes.classSize },
    qaDays: { ...DEFAULT_FORMS_SETTINGS.qaDays, ...changes.qaDays },
  };
}

/** The words a judgement cell may hold: the area's scale (the scheme's unless it has its own), then "Not judged". */
export function scaleWithNotJudged(settings: FormsSettings, area?: string): string[] {
  const own = area === undefined ? undefined : settings.scheme.areaScales?.[area];
  return [...(own ?? settings.scheme.scale), settings.notJudged];
}
