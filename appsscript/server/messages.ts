/** Every message the Google add-on's server shows a user, in one place. */
export const MESSAGES = {
  badColumn: (column: string) => `"${column}" is not a column; use letters such as C or AB.`,
  unknownAction: (id: string) => `This version of Pathway cannot run "${id}". Update the add-on and try again.`,
  sidebarTitle: 'Pathway',
  menu: {
    open: 'Open Pathway',
    categorise: 'Categorise',
    targets: 'Targets',
    forms: 'Forms',
    settings: 'Settings',
  },
} as const;
