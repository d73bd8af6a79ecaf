import type { Role } from './types';

/** Marks for the table view: shape, not only colour, tells the role. */
export const ROLE_MARKS: Record<Role, string> = {
  hub: '◆',
  rnd: '▲',
  production: '■',
  transfer: '➜',
  general: '●',
};
