import type { Role } from '../domain/types';

/** Marks for the table view: shape, not only colour, tells the role. */
export const ROLE_MARKS: Record<Role, string> = {
  hub: '◆',
  rnd: '▲',
  production: '■',
  transfer: '➜',
  general: '●',
};
