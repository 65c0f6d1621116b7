// Load errors name the file, the rule and the JSON path, so a rule author can find the mistake.
export interface Vondst { bestand: string; regel?: string; pad: string; bericht: string }

export class RegelFout extends Error {
  constructor(readonly vondsten: Vondst[]) {
    super(vondsten.map((v) => `${v.bestand}${v.regel ? ` [${v.regel}]` : ''} ${v.pad}: ${v.bericht}`).join('\n'));
    this.name = 'RegelFout';
  }
}
