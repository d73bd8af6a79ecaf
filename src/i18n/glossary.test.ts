import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import regionsJson from '../../data/regions.json';
import { GLOSSARY, label } from './glossary';
import { STRINGS } from './strings';

const doc = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
/** The table rows of docs/glossary.md whose first cell is a `key`, as cells. */
const rows = new Map(
  doc
    .split('\n')
    .filter((line) => /^\| `[\w-]+` \|/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      return [cells[0]!.replaceAll('`', ''), cells.slice(1)] as const;
    }),
);

describe('docs/glossary.md', () => {
  it('lists every term of the glossary with its ja, zh and en, and nothing else', () => {
    for (const [key, term] of Object.entries(GLOSSARY)) expect(rows.get(key)?.slice(0, 3), key).toEqual([term.ja, term.zh, term.en]);
  });

  it('lists every region term with its names', () => {
    for (const r of regionsJson.regions) expect(rows.get(r.id), r.id).toEqual([r.terms.join('、'), r.name.ja, r.name.zh, r.name.en]);
    expect(rows.size).toBe(Object.keys(GLOSSARY).length + regionsJson.regions.length);
  });
});

describe('labels come from the glossary', () => {
  it.each([
    ['tier', 'tier'],
    ['tierPillar', 'pillar'],
    ['tierEmerging', 'emerging'],
    ['basisNamed', 'named'],
    ['basisRegional', 'regional'],
    ['role_hub', 'role_hub'],
    ['role_transfer', 'role_transfer'],
    ['citiesByRole', 'citiesByRole'],
    ['notTargeted', 'notTargeted'],
  ] as const)('%s is the term %s', (key, term) => {
    expect(STRINGS[key]).toEqual(label(term));
  });
});
