import type { Role } from '../domain/types';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const ROLE_COLORS: Record<Role, string> = {
  hub: '#D55E00',
  rnd: '#0072B2',
  production: '#009E73',
  transfer: '#E69F00',
  general: '#CC79A7',
};

/** Marks for the table view: shape, not only colour, tells the role. */
export const ROLE_MARKS: Record<Role, string> = {
  hub: '◆',
  rnd: '▲',
  production: '■',
  transfer: '➜',
  general: '●',
};
