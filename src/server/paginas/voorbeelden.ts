// The example operations the GraphQL IDE opens with, one tab each, per user group. Kept here, apart
// from the page, so a test validates every one against the schema (and runs them) and they cannot rot.

export type Gebruikersgroep = 'ouders' | 'school' | 'leerplichtambtenaar' | 'ontwikkelaar';

export interface Voorbeeld {
  groep: Gebruikersgroep;
  /** the document: one operation, its name is the tab's title */
  query: string;
  variabelen: Record<string, unknown>;
  /** request headers shown in the tab (an API key to fill in) */
  headers?: Record<string, string>;
}

/** What an example shows where the user's API key goes; the IDE's fetcher does not send it as it is. */
export const SLEUTEL_PLAATSHOUDER = 'Bearer <plak hier uw API-sleutel>';

const METSLEUTEL = { Authorization: SLEUTEL_PLAATSHOUDER };

export const VOORBEELDEN: readonly Voorbeeld[] = [
  {
    groep: 'ouders',
    query: `# Ouders en front-ends: is mijn kind leerplichtig op een dag, van wanneer tot wanneer, en waarom?
# Parents and front-ends: is this child leerplichtig on a day, from when until when, and why?
query LeerplichtStatus($situatie: SituatieInput!, $peildatum: LocalDate!, $taal: Taal) {
  beoordeling(situatie: $situatie, peildatum: $peildatum, taal: $taal) {
    leeftijd
    leerplicht {
      status
      leerplichtigVanaf
      leerplichtigTot
      kwalificatieplichtigVanaf
      kwalificatieplichtigTot
      uitleg { tekst bron { artikel lid url } }
    }
  }
}
`,
    variabelen: { situatie: { geboortedatum: '2020-07-20', vakantieregio: 'MIDDEN' }, peildatum: '2025-09-01', taal: 'NL' },
  },
  {
    groep: 'ouders',
    query: `# Ouders: de hele tijdlijn — nog niet leerplichtig, leerplichtig, kwalificatieplichtig — met de grond van elke periode.
# Parents: the whole timeline, with the ground of each period.
query Tijdlijn($situatie: SituatieInput!, $peildatum: LocalDate!) {
  beoordeling(situatie: $situatie, peildatum: $peildatum) {
    tijdlijn {
      status
      vanaf
      tot
      grond { tekst bron { artikel lid url } }
    }
  }
}
`,
    variabelen: { situatie: { geboortedatum: '2020-07-20', vakantieregio: 'MIDDEN' }, peildatum: '2025-09-01' },
  },
  {
    groep: 'school',
    query: `# School: moet ik dit verzuim melden bij de leerplichtambtenaar (art 21a: 16 uur in 4 lesweken)?
# School: must this absence be reported?
query Meldplicht($situatie: SituatieInput!, $peildatum: LocalDate!) {
  beoordeling(situatie: $situatie, peildatum: $peildatum) {
    verzuim {
      meldplicht
      maxUrenVierLesweken
      meldingen { soort verplicht begindatum einddatum uren uitleg { tekst } }
      uitleg { tekst bron { artikel lid url } }
    }
  }
}
`,
    variabelen: {
      situatie: {
        geboortedatum: '2012-05-10',
        vakantieregio: 'MIDDEN',
        inschrijvingen: [{ onderwijs: 'HAVO', vanaf: '2024-08-19' }],
        verzuim: ['2025-02-03', '2025-02-04', '2025-02-05', '2025-02-06', '2025-02-07', '2025-02-10', '2025-02-11', '2025-02-12', '2025-02-13', '2025-02-14']
          .map((datum) => ({ datum, reden: 'ONGEOORLOOFD', uren: 2 })),
      },
      peildatum: '2025-02-14',
    },
  },
  {
    groep: 'school',
    query: `# School: mag de directeur dit vakantieverlof (art 13a) toestaan, en wie beslist?
# School: may the head grant this holiday leave, and who decides?
query Vakantieverlof($situatie: SituatieInput!, $aanvraag: VerlofaanvraagInput!) {
  verlofaanvraag(situatie: $situatie, aanvraag: $aanvraag) {
    toelaatbaar
    beslisser
    maxDagen
    redenen { tekst bron { artikel lid url } }
  }
}
`,
    variabelen: {
      situatie: { geboortedatum: '2015-04-01', vakantieregio: 'ZUID', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2019-05-01' }] },
      aanvraag: { soort: 'VAKANTIE_13A', vanaf: '2025-06-02', tot: '2025-06-06', dagen: 5, aangevraagdOp: '2025-03-01', beroepOuderVerhindertVakantie: true },
    },
  },
  {
    groep: 'leerplichtambtenaar',
    query: `# Leerplichtambtenaar: de meldingen die de regels geven voor de opgeslagen leerlingen van uw gemeente.
# Vul bij Headers uw API-sleutel in. — Needs an API key: fill it in under Headers.
query TeMelden($peildatum: LocalDate!, $gemeente: String) {
  meldingen(peildatum: $peildatum, gemeente: $gemeente, alleenNietGeregistreerd: true) {
    leerlingId
    soort
    verplicht
    begindatum
    einddatum
    uren
    uitleg { tekst }
    melding { id status }
  }
}
`,
    variabelen: { peildatum: '2025-02-14', gemeente: '0363' },
    headers: METSLEUTEL,
  },
  {
    groep: 'leerplichtambtenaar',
    query: `# Leerplichtambtenaar of RMC: de jaarcijfers van een gemeente over een schooljaar.
# Vul bij Headers uw API-sleutel in. — Needs an API key: fill it in under Headers.
query Jaarcijfers($gemeente: String!, $schooljaar: String!) {
  jaarcijfers(gemeente: $gemeente, schooljaar: $schooljaar) {
    gemeente
    schooljaar
    leerlingen
    vrijstellingen { grond aantal }
    meldingen { soort aantal }
    luxeVerzuim
    thuiszitters
    voortijdigSchoolverlaters
  }
}
`,
    variabelen: { gemeente: '0363', schooljaar: '2024/2025' },
    headers: METSLEUTEL,
  },
  {
    groep: 'ontwikkelaar',
    query: `# Ontwikkelaars: de regels die op een dag gelden, met hun bron, en de geladen regelset.
# Developers: the rules in force on a day, with their sources, and the loaded rule set.
query Regels($wetsdatum: LocalDate) {
  regels(wetsdatum: $wetsdatum) {
    id
    onderwerp
    uitkomst
    geldigVanaf
    geldigTot
    bron { artikel lid url }
  }
  regelset { hash aantalRegels engineVersie geladenOp }
}
`,
    variabelen: { wetsdatum: '2025-08-01' },
  },
  {
    groep: 'ouders',
    query: `# Ouders: wanneer is de herfstvakantie, en hoeveel schooldagen heeft het schooljaar?
# Parents: when is the autumn holiday, and how many school days does the year have?
query Schoolkalender($vakantieregio: Vakantieregio!, $schooljaar: String!) {
  kalender(vakantieregio: $vakantieregio, schooljaar: $schooljaar) {
    vakanties { naam van tot verplicht }
    feestdagen { naam datum scholenDicht }
    schooldagen
    lesweken
    waarschuwingen
  }
}
`,
    variabelen: { vakantieregio: 'NOORD', schooljaar: '2025/2026' },
  },
  {
    groep: 'ontwikkelaar',
    query: `# Ontwikkelaars: het spoor — welke feiten en parameters elke beslissende regel las, en bij een melding de lesweken en uren.
# Developers: the trace — what each deciding rule read, and for a melding the lesweken and hours counted.
query Spoor($situatie: SituatieInput!, $peildatum: LocalDate!) {
  beoordeling(situatie: $situatie, peildatum: $peildatum) {
    verzuim { meldplicht meldingen { soort einddatum uren } }
    spoor {
      regel
      onderwerp
      aantal
      feiten { naam params waarde }
      parameters { naam waarde }
      venster { van tot uren lesweken { maandag uren } parameters { naam waarde } }
    }
  }
}
`,
    variabelen: {
      situatie: {
        geboortedatum: '2011-05-10', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'VMBO', vanaf: '2023-08-21' }],
        verzuim: ['2025-10-13', '2025-10-14', '2025-10-27', '2025-10-28'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' })),
      },
      peildatum: '2025-11-14',
    },
  },
];

/** GraphiQL's defaultTabs: the texts as its editors show them. */
export function graphiqlTabs(): { query: string; variables: string; headers?: string }[] {
  return VOORBEELDEN.map((v) => ({
    query: v.query,
    variables: JSON.stringify(v.variabelen, null, 2),
    ...(v.headers ? { headers: JSON.stringify(v.headers, null, 2) } : {}),
  }));
}
