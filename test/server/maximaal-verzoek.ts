// The maximal allowed request (10,000 situaties, every field of Beoordeling), shared by the
// event-loop test (gezondheid.test.ts) and bench/hardening.ts.
export const ALLE_VELDEN = `leeftijd peildatum wetsdatum regelsetHash
  leerplicht { status leerplichtigVanaf leerplichtigTot eindgrond kwalificatieplichtigVanaf kwalificatieplichtigTot uitzondering absoluutVerzuim inschrijfplichtVrijgesteld inschrijvingVoldoet uitleg { regel tekst bron { jci } } }
  tijdlijn { status vanaf tot grond { regel tekst } } startkwalificatie { behaald datum diploma uitleg { tekst } }
  verzuim { meldplicht maxUrenVierLesweken meldingen { soort verplicht begindatum einddatum uren } uitleg { tekst } }
  aansprakelijkheid { uitleg { tekst } } kwetsbarePositie { uitleg { tekst } } doorstroompunt { uitleg { tekst } }
  vsv: voortijdigSchoolverlater(schooljaar: "2023/2024") { uitleg { tekst } } uitleg { regel tekst bron { jci } }`;

/** n situaties born 2005–2019; `vol`: with a regio, an inschrijving and three days of unexcused verzuim */
export const situaties = (n: number, vol = true) => Array.from({ length: n }, (_, i) => ({
  geboortedatum: `20${String(5 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
  ...(vol ? {
    vakantieregio: (['NOORD', 'MIDDEN', 'ZUID'] as const)[i % 3], inschrijvingen: [{ onderwijs: 'PO', vanaf: '2020-08-17' }],
    verzuim: [{ datum: '2024-03-04', uren: 5, reden: 'ONGEOORLOOFD' }, { datum: '2024-03-05', uren: 5, reden: 'ONGEOORLOOFD' }, { datum: '2024-03-11', uren: 7, reden: 'ONGEOORLOOFD' }],
  } : {}),
}));

/** the body of a bulk request for these situaties with the given fields */
export const bulkBody = (s: unknown[], velden: string) => JSON.stringify({ query: `query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { ${velden} } }`, variables: { s } });
