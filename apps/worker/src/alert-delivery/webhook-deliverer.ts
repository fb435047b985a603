import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { APP_CONFIG, type AppConfig, type WebhookReceiver } from '@app/config';

interface OutboxRow {
  alert_id: string;
  receiver: string;
  payload: object;
  attempts: number;
}

const IDLE_MS = 250;
const BATCH = 20;

/**
 * Delivers alerts from the outbox to the configured receivers: signed JSON (HMAC-SHA256 of the body), the alert id
 * as idempotency key, retries with exponential backoff; a redirect is refused (a failed attempt, retried). Rows are
 * leased, so several workers share the work and a crashed one's lease simply runs out (at least once).
 */
@Injectable()
export class WebhookDeliverer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const receivers = this.config.webhooks.receivers;
    await this.pool.query(`DELETE FROM alert_webhook_receivers WHERE NOT (name = ANY($1::text[]))`, [receivers.map((r) => r.name)]);
    for (const r of receivers) {
      await this.pool.query(`INSERT INTO alert_webhook_receivers (name, url) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET url = EXCLUDED.url`, [r.name, r.url]);
    }
    if (receivers.length === 0) return;
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const rows = await this.lease();
        await Promise.all(rows.map((row) => this.deliver(row)));
        if (rows.length < BATCH) await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      } catch (error) {
        this.logger.error(`delivery loop: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  private async lease(): Promise<OutboxRow[]> {
    const result = await this.pool.query(
      `UPDATE alert_webhook_outbox o SET lease_until = now() + make_interval(secs => $1::double precision / 1000 * 3), attempts = o.attempts + 1
        WHERE (o.alert_id, o.receiver) IN (
          SELECT alert_id, receiver FROM alert_webhook_outbox
           WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
           ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING o.alert_id, o.receiver, o.payload, o.attempts`,
      [this.config.webhooks.timeoutMs],
    );
    return result.rows as OutboxRow[];
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const receiver = this.config.webhooks.receivers.find((r) => r.name === row.receiver);
    if (!receiver) return this.failed(row, null, 'receiver no longer configured', true);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.post(receiver, row);
      status = response.status;
      if (response.ok) {
        await this.pool.query(
          `UPDATE alert_webhook_outbox SET status = 'delivered', delivered_at = now(), last_status = $3, last_error = NULL, lease_until = NULL
            WHERE alert_id = $1 AND receiver = $2`,
          [row.alert_id, row.receiver, status],
        );
        return;
      }
      // A redirect is never followed: it would re-post the signed body wherever the receiver points (an internal address).
      const location = response.headers.get('location');
      error = status >= 300 && status < 400 ? `redirect refused: HTTP ${status} to ${location ?? '(no location)'}` : `HTTP ${status}`;
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const final = row.attempts >= this.config.webhooks.maxAttempts;
    // Nothing fails silently: each failed attempt is logged, and the alert's delivery state (GET /alerts) shows it.
    const line = `alert ${row.alert_id} to ${row.receiver}: attempt ${row.attempts} failed (${error})`;
    if (final) this.logger.error(`${line}; giving up after ${row.attempts} attempts`);
    else this.logger.warn(`${line}; will retry`);
    await this.failed(row, status, error, final);
  }

  private post(receiver: WebhookReceiver, row: OutboxRow): Promise<Response> {
    const body = JSON.stringify(row.payload);
    const signature = createHmac('sha256', receiver.secret).update(body).digest('hex');
    return fetch(receiver.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': row.alert_id,
        'x-alert-id': row.alert_id,
        'x-signature-256': `sha256=${signature}`,
        'x-delivery-attempt': String(row.attempts),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
    });
  }

  private async failed(row: OutboxRow, status: number | null, error: string, final: boolean): Promise<void> {
    const backoffMs = Math.min(this.config.webhooks.retryBaseMs * 2 ** Math.max(row.attempts - 1, 0), 3_600_000);
    await this.pool.query(
      `UPDATE alert_webhook_outbox SET status = $3, last_status = $4, last_error = $5, lease_until = NULL,
          next_attempt_at = now() + make_interval(secs => $6::double precision / 1000)
        WHERE alert_id = $1 AND receiver = $2`,
      [row.alert_id, row.receiver, final ? 'failed' : 'pending', status, error.slice(0, 500), backoffMs * (0.8 + Math.random() * 0.4)],
    );
  }
}
