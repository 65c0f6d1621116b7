// The one error type of the client: a GraphQL error answer, an HTTP answer that is not GraphQL, or
// no answer at all. A caller catches LeerplichtFout and reads code, veld and status; it never gets
// the raw response thrown at it.

/** One GraphQL error as the server sends it. */
export interface GraphQLFoutmelding {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export interface LeerplichtFoutGegevens {
  code: string;
  message: string;
  status: number;
  veld?: string;
  pad?: ReadonlyArray<string | number>;
  fouten?: ReadonlyArray<GraphQLFoutmelding>;
  data?: unknown;
}

/** Codes of the client itself, when no GraphQL answer came (the server's codes come from extensions.code). */
export const GEEN_ANTWOORD = 'NETWORK_ERROR';
export const GEEN_GRAPHQL = 'BAD_RESPONSE';

export class LeerplichtFout extends Error {
  /** extensions.code of the first error: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, … — or NETWORK_ERROR / BAD_RESPONSE */
  readonly code: string;
  /** the input field the error is about, e.g. "situatie.geboortedatum" (extensions.veld, or the message's "veld: " prefix) */
  readonly veld?: string;
  /** the response path of the field that failed, e.g. ["beoordeling"] */
  readonly pad?: ReadonlyArray<string | number>;
  /** HTTP status of the answer (0: no answer) */
  readonly status: number;
  /** every GraphQL error of the answer */
  readonly fouten: ReadonlyArray<GraphQLFoutmelding>;
  /** the data that came with the errors, if any (a list may answer partly) */
  readonly data?: unknown;

  constructor(g: LeerplichtFoutGegevens) {
    super(g.message);
    Object.setPrototypeOf(this, new.target.prototype); // instanceof also when compiled to ES5
    this.name = 'LeerplichtFout';
    this.code = g.code;
    this.status = g.status;
    this.veld = g.veld;
    this.pad = g.pad;
    this.fouten = g.fouten ?? [];
    this.data = g.data;
  }

  /** From the errors of a GraphQL answer: the first one decides code, veld, pad and message. */
  static uitAntwoord(fouten: ReadonlyArray<GraphQLFoutmelding>, status: number, data?: unknown): LeerplichtFout {
    const eerste = fouten[0];
    const code = typeof eerste.extensions?.code === 'string' ? eerste.extensions.code : GEEN_GRAPHQL;
    return new LeerplichtFout({ code, message: eerste.message, status, veld: veldVan(eerste), pad: eerste.path, fouten, data });
  }
}

// "situatie.verzuim[0].datum: 9999-12-31 is not a date": the server names the field first
const VELD_VOORAAN = /^([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*): /;

function veldVan(f: GraphQLFoutmelding): string | undefined {
  const veld = f.extensions?.veld;
  if (typeof veld === 'string') return veld;
  return VELD_VOORAAN.exec(f.message)?.[1];
}
