// laadBatch reads a leerling's verzuim as one JSON text and takes each date as written there: JSON
// writes a date as YYYY-MM-DD whatever the session's DateStyle (a to_char per record is not needed).
import { Client as PgClient } from 'pg';

it('a date in json_build_array is YYYY-MM-DD under every DateStyle', async () => {
  const db = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
  await db.connect();
  try {
    for (const stijl of ['ISO, MDY', 'German, DMY', 'SQL, DMY', 'Postgres, MDY']) {
      await db.query(`set datestyle to '${stijl}'`);
      const r = await db.query(`select json_build_array(date '2024-01-08', 2.5::float8, 'ZIEKTE')::text as j, (date '2024-01-08')::text as t`);
      expect(JSON.parse(r.rows[0].j)).toEqual(['2024-01-08', 2.5, 'ZIEKTE']);
      if (stijl !== 'ISO, MDY') expect(r.rows[0].t).not.toBe('2024-01-08'); // the plain text form does follow DateStyle
    }
  } finally {
    await db.end();
  }
});
