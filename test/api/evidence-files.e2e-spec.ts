import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/** Evidence files (DESIGN §2 Files, issue #13): uploaded, attached by the uploader, read in jurisdiction, verified on read. */
describe('evidence files over HTTP', () => {
  let app: TestApp;
  const directory = mkdtempSync(join(tmpdir(), 'evidence-files-'));
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { FILES_DIR: directory, FILE_MAX_BYTES: '4096' } });
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const upload = async (user: string, bytes: Buffer, name: string, type = 'application/octet-stream') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${app.url}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${await app.login(user)}` }, body: form });
    return { status: response.status, body: await response.json() };
  };
  const download = async (user: string, fileId: string) => {
    const response = await fetch(`${app.url}/api/files/${fileId}`, { headers: { authorization: `Bearer ${await app.login(user)}` } });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), bytes, body: response.status === 200 ? null : JSON.parse(bytes.toString('utf8')) };
  };
  const eventually = async (probe: () => Promise<boolean>) => {
    for (let i = 0; i < 100; i++) {
      if (await probe()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('never happened');
  };

  it('stores an upload by its SHA-256 and answers what it found in the bytes', async () => {
    const response = await upload('unit001', PNG, '整改后照片.png', 'text/plain');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      fileId: expect.stringMatching(/^[0-9a-f]{64}$/),
      name: '整改后照片.png',
      size: PNG.length,
      mediaType: 'image/png',
    });
    const { createHash } = await import('node:crypto');
    expect(response.body.fileId).toBe(createHash('sha256').update(PNG).digest('hex'));
  });

  it('refuses files that are not images, PDF or Office documents, too large, or missing', async () => {
    const script = await upload('unit001', Buffer.from('MZ\x90\x00 not a photo'), 'photo.jpg', 'image/jpeg');
    expect(script).toMatchObject({ status: 415, body: { code: 'FILE_TYPE_NOT_ALLOWED', titleZh: expect.stringContaining('不支持') } });
    const big = await upload('unit001', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 0x20)]), 'big.pdf');
    expect(big).toMatchObject({ status: 413, body: { code: 'FILE_TOO_LARGE' } });
    const none = await app.api('POST', '/files', { token: await app.login('unit001'), body: {} });
    expect(none).toMatchObject({ status: 400, body: { code: 'FILE_MISSING' } });
    expect((await app.api('POST', '/files', {})).status).toBe(401);
  });

  it('lets the unit attach its file; its supervisor can download it, another county and another school cannot', async () => {
    const sup = await app.login('sup01');
    const photo = (await upload('unit001', PNG, '整改后照片.png')).body;
    const registered = await app.api('POST', '/issues', {
      token: sup,
      body: { unitId: 'u-001', category: 'safety', severity: 'general', title: '围墙破损', description: '东侧围墙破损', source: { kind: 'visit' } },
    });
    const id = registered.body.id as string;
    expect((await app.api('POST', `/issues/${id}/rectification-orders`, { token: sup, body: { requirements: '修复', workingDays: 5 } })).status).toBe(200);

    // Knowing a fingerprint is not enough to attach a file (and so to read it): the sender must have uploaded it.
    for (const [token, path, body] of [
      [sup, 'rechecks', { method: 'document', outcome: 'passed', findings: 'x', evidence: [{ fileId: photo.fileId, name: 'x.png' }] }],
      [await app.login('unit001'), 'rectification-reports', { measures: '已修复', evidence: [{ fileId: '0'.repeat(64), name: 'x.png' }] }],
    ] as const) {
      expect(await app.api('POST', `/issues/${id}/${path}`, { token, body })).toMatchObject({ status: 422, body: { code: 'FILE_NOT_UPLOADED' } });
    }
    expect(await download('sup01', photo.fileId)).toMatchObject({ status: 404 });

    const reported = await app.api('POST', `/issues/${id}/rectification-reports`, {
      token: await app.login('unit001'), body: { measures: '已修复', evidence: [{ fileId: photo.fileId, name: '东侧围墙.png' }] },
    });
    expect(reported.status).toBe(200);
    const history = await app.api('GET', `/issues/${id}/history`, { token: sup });
    const report = (history.body.events as { type: string; data: { evidence: unknown[] } }[]).find((e) => e.type === 'RectificationReported')!;
    expect(report.data.evidence).toEqual([{ fileId: photo.fileId, sha256: photo.fileId, name: '东侧围墙.png', size: PNG.length, mediaType: 'image/png' }]);

    await eventually(async () => (await download('sup01', photo.fileId)).status === 200);
    const got = await download('sup01', photo.fileId);
    expect(got.type).toBe('image/png');
    expect(got.bytes.equals(PNG)).toBe(true);
    expect((await download('coordinator', photo.fileId)).status).toBe(200);
    expect((await download('unit001', photo.fileId)).status).toBe(200);
    for (const outsider of ['coordinatorb', 'leaderb', 'supb01', 'unit002', 'sup02']) {
      expect({ outsider, ...(await download(outsider, photo.fileId)) }).toMatchObject({ outsider, status: 404, body: { code: 'NOT_FOUND' } });
    }
  });

  it('refuses a stored file that no longer matches its fingerprint', async () => {
    const scan = (await upload('sup01', PDF, '复查记录.pdf')).body;
    expect(scan.mediaType).toBe('application/pdf');
    expect((await download('sup01', scan.fileId)).bytes.equals(PDF)).toBe(true);
    writeFileSync(join(directory, scan.fileId.slice(0, 2), scan.fileId), Buffer.concat([PDF, Buffer.from('% tampered\n')]));
    const tampered = await download('sup01', scan.fileId);
    expect(tampered).toMatchObject({ status: 500, body: { code: 'FILE_INTEGRITY_FAILED', titleZh: expect.stringContaining('校验失败') } });
  });
});
