// `npm run beoordeel`: the bulk path from stdin to stdout without a server or database.
import { spawn } from 'node:child_process';
import path from 'node:path';

const WORTEL = path.join(__dirname, '..', '..');

function beoordeel(args: string[], invoer: string): Promise<{ code: number | null; uit: string; fout: string }> {
  return new Promise((ok, nietOk) => {
    const p = spawn(process.execPath, ['-r', './src/bulk/swc-register.cjs', 'src/cli/beoordeel.ts', ...args], { cwd: WORTEL, env: { ...process.env, LEERPLICHT_BULK_WORKERS: '1' } });
    let uit = '';
    let fout = '';
    p.stdout.on('data', (d) => { uit += d; });
    p.stderr.on('data', (d) => { fout += d; });
    p.on('error', nietOk);
    p.on('close', (code) => ok({ code, uit, fout }));
    p.stdin.end(invoer);
  });
}

describe('npm run beoordeel', () => {
  it('NDJSON in, NDJSON out, in order, bad lines on their own line; exit 0', async () => {
    const r = await beoordeel(['--peildatum', '2024-03-15', '--velden', 'leeftijd,leerplicht.status'], '{"geboortedatum":"2019-03-01"}\n{"geboortedatum":"x"}\n{"geboortedatum":"2010-05-05"}\n');
    expect(r.code).toBe(0);
    expect(r.uit.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual([
      { regel: 1, beoordeling: { leeftijd: 5, leerplicht: { status: 'NOG_NIET_LEERPLICHTIG' } } },
      { regel: 2, fout: { code: 'BAD_USER_INPUT', veld: 'situatie.geboortedatum', message: 'situatie.geboortedatum: "x" is geen LocalDate (JJJJ-MM-DD)' } }, // taal NL (default)
      { regel: 3, beoordeling: { leeftijd: 13, leerplicht: { status: 'LEERPLICHTIG' } } },
    ]);
    expect(r.fout).toContain('3 lines answered (1 with an error)');
  }, 30_000);

  it('--csv: CSV in, CSV out with a header and one row per record', async () => {
    const r = await beoordeel(['--peildatum', '2024-03-15', '--velden', 'leerplicht.status,leerplicht.leerplichtigTot', '--csv'], 'geboortedatum,vakantieregio\n2019-03-01,MIDDEN\n2019-13-01,\n');
    expect(r.code).toBe(0);
    // born 2019-03-01: leerplicht ends 31 July of the schooljaar in which the child turns 16 (2035), art 3 lid 1 b
    expect(r.uit).toBe([
      'regel,fout.code,fout.veld,fout.message,leerplicht.leerplichtigTot,leerplicht.status',
      '2,,,,2035-07-31,NOG_NIET_LEERPLICHTIG',
      '3,BAD_USER_INPUT,geboortedatum,situatie.geboortedatum: 2019-13-01 is geen datum,,',
      '',
    ].join('\n'));
  }, 30_000);

  it('bad arguments exit 2 naming the parameter, before reading anything', async () => {
    const a = await beoordeel(['--velden', 'leerplicht'], '');
    expect(a.code).toBe(2);
    expect(a.fout).toContain('beoordeel: peildatum: required');
    const b = await beoordeel(['--peildatum', '2024-03-15', '--velden', 'bsn'], '');
    expect(b.code).toBe(2);
    expect(b.fout).toContain('velden: "bsn" is not a Beoordeling field');
    const c = await beoordeel(['--peildatum', '2024-03-15', '--csv'], 'naam,geboortedatum\nJan,2019-03-01\n');
    expect(c.code).toBe(2);
    expect(c.fout).toContain('csv: unknown column "naam"');
    expect(c.uit).toBe('');
  }, 30_000);
});
