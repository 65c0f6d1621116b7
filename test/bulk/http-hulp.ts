// Posting to POST /bulk/beoordelingen of a test server.
export interface BulkAntwoord { status: number; headers: Headers; tekst: string; regels: any[] }

export async function bulkPost(url: string, body: string | ReadableStream<Uint8Array>, query: string, headers: Record<string, string> = {}): Promise<BulkAntwoord> {
  const res = await fetch(`${url.replace(/\/graphql$/, '')}/bulk/beoordelingen${query}`, {
    method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...headers }, body, ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  const tekst = await res.text();
  const regels = res.headers.get('content-type')?.startsWith('application/x-ndjson') ? tekst.split('\n').filter(Boolean).map((r) => JSON.parse(r)) : [JSON.parse(tekst)];
  return { status: res.status, headers: res.headers, tekst, regels };
}
