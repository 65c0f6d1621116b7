// Timestamps are the DateTime scalar: an RFC 3339 instant in UTC (issue 13 item 7).
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

describe('DateTime', () => {
  it('answers regelset.geladenOp as an RFC 3339 instant in UTC, not in the future', async () => {
    const { data, errors } = (await client.ruw({ query: '{ regelset { geladenOp } }' })) as { data?: { regelset: { geladenOp: string } | null }; errors?: unknown };
    expect(errors).toBeUndefined();
    const op = data!.regelset!.geladenOp;
    expect(op).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(op)).toBeLessThanOrEqual(Date.now());
  });

  it('says what it is in the schema, in Dutch', async () => {
    const { data } = (await client.ruw({ query: '{ __type(name: "DateTime") { kind description } }' })) as { data: { __type: { kind: string; description: string } } };
    expect(data.__type.kind).toBe('SCALAR');
    expect(data.__type.description).toMatch(/^Een tijdstip als RFC 3339-tekst in UTC/);
  });
});
