/** The locator's two data files (scripts/build-locator.ts), validated as they are loaded. */
import { z } from 'zod';
import type { Boundaries } from './join';
import type { Gazetteer } from './places';

z.config({ jitless: true });

const code = z.string().regex(/^\d{6}(\d{3})?$/);
const placeRow = z.tuple([code, z.enum(['city', 'district', 'town', 'zone']), z.string().regex(/^44\d{2}00$/), z.string().min(2), z.string(), z.string().regex(/^[a-z]*$/)]);

const gazetteerSchema = z.object({
  source: z.string(),
  places: z.array(placeRow).min(21),
  english: z.record(z.string(), z.string()),
  variants: z.record(z.string().length(1), z.string().length(1)),
  phrases: z.record(z.string(), z.string()),
});

const offset = z.tuple([z.number().int(), z.number().int()]);
const boundariesSchema = z.object({
  source: z.string(),
  scale: z.number().positive(),
  areas: z.array(z.object({ code, polygons: z.array(z.array(z.tuple([z.string(), offset])).min(1)).min(1) })).min(21),
});

export const parseGazetteer = (json: unknown): Gazetteer => gazetteerSchema.parse(json);
export const parseBoundaries = (json: unknown): Boundaries => boundariesSchema.parse(json);
