// `npm start`: serves the API on PORT (default 4000) with DATABASE_URL or an embedded PostgreSQL.
import 'reflect-metadata';
import { startServer } from './server/start';

async function main(): Promise<void> {
  const draaiend = await startServer({
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '0.0.0.0',
    databaseUrl: process.env.DATABASE_URL || undefined,
  });
  console.log(`Leerplicht rules API ready at ${draaiend.url.replace('0.0.0.0', 'localhost')} (rules ${draaiend.context.regelset.hash.slice(0, 12)}, ${draaiend.context.regelset.regels.length} rules)`);
  const stop = async (signaal: string) => {
    console.log(`${signaal}: stopping`);
    try {
      await draaiend.stop();
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
