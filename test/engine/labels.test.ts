// rules/labels.json: every enum value that can appear in a text for people has a Dutch and an
// English word, and a broken labels file stops the load like a broken rule file.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLEnumType } from 'graphql';
import { maakSchema } from '../../src/api/schema';
import { leesRegelmap } from '../../src/engine/bestanden';
import { RegelFout } from '../../src/engine/fouten';
import { labelgroep, labels, leesLabels } from '../../src/engine/labels';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';

const regelset = laadRegelset();

/** The enum value lists of every fact a rule's uitleg names ({feit}). */
function enumsInTeksten(): Map<string, readonly string[]> {
  const uit = new Map<string, readonly string[]>();
  for (const r of regelset.regels) {
    for (const t of [r.uitleg.nl, r.uitleg.en]) {
      for (const [, naam] of t.matchAll(/\{([A-Za-z0-9]+)\}/g)) {
        for (const cat of [regelset.catalogi[r.onderwerp], regelset.catalogi.situatie]) {
          const i = cat.index.get(naam);
          if (i === undefined) continue;
          const e = cat.definities[i].enum;
          if (e) uit.set(`${r.id} {${naam}}`, e);
          break;
        }
      }
    }
  }
  return uit;
}

describe('labels of enum values', () => {
  it('every enum a text can name has a label group with exactly its values, each in nl and en', () => {
    const enums = enumsInTeksten();
    expect(enums.size).toBeGreaterThan(10); // status, diplomaSoort, verzuimReden, … are named in texts
    const zonder = [...enums].filter(([, waarden]) => {
      const g = labelgroep(waarden);
      return g === null || waarden.some((w) => !g[w]?.nl || !g[w]?.en);
    }).map(([waar]) => waar);
    expect(zonder).toEqual([]);
  });

  it('every value of every GraphQL enum the rules know as a fact has both labels under the enum name', () => {
    const l = labels();
    const sleutel = (w: readonly string[]) => [...w].sort().join('|');
    const feitEnums = new Set(Object.values(regelset.catalogi).flatMap((c) => c.definities.flatMap((d) => (d.enum ? [sleutel(d.enum)] : []))));
    const namen: string[] = [];
    const gemist: string[] = [];
    for (const type of Object.values(maakSchema().getTypeMap())) {
      if (!(type instanceof GraphQLEnumType) || !feitEnums.has(sleutel(type.getValues().map((v) => v.value as string)))) continue;
      namen.push(type.name);
      for (const v of type.getValues()) if (!l[type.name]?.[v.value as string]?.nl || !l[type.name]?.[v.value as string]?.en) gemist.push(`${type.name}.${v.name}`);
      // the enum's name in the message, so a missing group says which one
      expect([type.name, Object.keys(l[type.name] ?? {}).sort()]).toEqual([type.name, type.getValues().map((v) => v.value as string).sort()]);
    }
    expect(namen).toEqual(expect.arrayContaining(['Deskundige', 'Diplomasoort', 'Kwalificatieplichtuitzondering', 'LeerplichtStatus', 'Onderwijssoort', 'Verlofsoort', 'Verzuimreden', 'Vrijstellingsgrond', 'VsvLeeftijdOp']));
    expect(gemist).toEqual([]);
  });

  it('groups with the same values have the same labels, so finding a group by its values is unambiguous', () => {
    const perWaarden = new Map<string, string>();
    for (const [naam, groep] of Object.entries(labels())) {
      const sleutel = Object.keys(groep).sort().join('|');
      const eerder = perWaarden.get(sleutel);
      if (eerder !== undefined) expect(groep).toEqual(labels()[eerder]);
      perWaarden.set(sleutel, naam);
    }
  });

  it('the labels are words, not codes', () => {
    const codes = Object.entries(labels()).flatMap(([naam, g]) => Object.entries(g).flatMap(([w, t]) => [t.nl, t.en].filter((x) => /\b[A-Z]+_[A-Z0-9_]+\b/.test(x) || x === w).map((x) => `${naam}.${w}: ${x}`)));
    expect(codes).toEqual([]);
  });

  it('a labels file without an English label is refused when the rules folder is read', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
    try {
      fs.cpSync(REGELMAP, map, { recursive: true });
      fs.writeFileSync(path.join(map, 'labels.json'), JSON.stringify({ labels: { LeerplichtStatus: { LEERPLICHTIG: { nl: 'leerplichtig' } } } }));
      expect(() => leesLabels(map)).toThrow(RegelFout);
      expect(() => leesRegelmap(map)).toThrow(/labels\.json \/labels\/LeerplichtStatus\/LEERPLICHTIG: must have required property 'en'/);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });
});
