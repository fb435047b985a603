import { createSecretKey, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { verify } from 'jsonwebtoken';
import { Pool } from 'pg';

/**
 * The bare baseline for the HTTP path (issue #19): node:http, the same HS256 token check as the service (jsonwebtoken
 * with the same secret, issuer and audience), a JSON body parsed when there is one, and one INSERT per request.
 * Started as its own process by the bench, like the service.
 */
const secret = createSecretKey(Buffer.from(process.env.JWT_SECRET ?? ''));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  try {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    let claims: { sub?: string };
    try {
      claims = verify(match?.[1] ?? '', secret, { algorithms: ['HS256'], issuer: 'supervision-loop', audience: 'supervision-loop-api' }) as { sub?: string };
    } catch {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"status":401}');
      return;
    }
    const text = await body(req);
    const data = text ? JSON.parse(text) : {};
    const result = await pool.query({ name: 'bare_insert', text: 'INSERT INTO bench_bare (id, actor, data) VALUES ($1, $2, $3) RETURNING id', values: [randomUUID(), claims.sub ?? null, JSON.stringify(data)] });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: result.rows[0].id }));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

void pool.query(`CREATE TABLE IF NOT EXISTS bench_bare (id text PRIMARY KEY, actor text, data jsonb NOT NULL)`).then(() => {
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
