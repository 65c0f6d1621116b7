// Shapes of the rule and parameter files (validated by the JSON Schemas in rules/schema).
export interface BronJson { wet?: string; artikel: string; lid?: string; onderdeel?: string }
export interface Tekst { nl: string; en: string }
export interface Conditie {
  all?: Conditie[]; any?: Conditie[]; not?: Conditie;
  fact?: string; operator?: string; value?: unknown; path?: string; params?: Record<string, unknown>;
}
export interface RegelJson {
  id: string;
  onderwerp?: 'situatie' | 'diploma' | 'inschrijving' | 'verzuim' | 'melding' | 'vsv';
  bron: BronJson;
  geldig: { vanaf: string; tot?: string };
  uitleg: Tekst;
  /** for rule authors only: the reading of an uncertain ([U]) or ambiguous ([A]) point; never in an answer text */
  lezing?: string;
  beleid?: boolean;
  priority?: number;
  conditions: Conditie;
  event: { type: string; params?: Record<string, unknown> };
}
export interface RegelbestandJson { wet: string; omschrijving?: string; regels: RegelJson[] }
export interface ParameterJson {
  type: 'getal' | 'tekst' | 'boolean' | 'lijst' | 'datum';
  enum?: string[];
  bron: BronJson;
  omschrijving: string;
  lezing?: boolean;
  /** bron: the article this value rests on when it is not the parameter's own (an article that replaced it) */
  waarden: { vanaf: string; waarde: unknown; toelichting?: string; bron?: BronJson }[];
}
export interface ParameterbestandJson { wet: string; parameters: Record<string, ParameterJson> }
/** bwbId absent: a regulation whose BWB id is not known (rules/wetten.json gives its vindplaats) */
export interface Wet { naam: string; bwbId: string; vindplaats?: string }

/** A source, resolved to its law. */
export interface Bron { wet: Wet; artikel: string; lid?: string; onderdeel?: string }

export const isFeitVerwijzing = (v: unknown): v is { fact: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { fact?: unknown }).fact === 'string';
