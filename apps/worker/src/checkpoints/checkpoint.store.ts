import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { PG_POOL } from '@app/application';

@Injectable()
export class CheckpointStore {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async load(name: string): Promise<string | null> {
    const result = await this.pool.query(`SELECT position FROM subscription_checkpoints WHERE name = $1`, [name]);
    return (result.rows[0] as { position: string } | undefined)?.position ?? null;
  }

  async save(name: string, position: string, client: Pool | PoolClient = this.pool): Promise<void> {
    await client.query(
      `INSERT INTO subscription_checkpoints (name, position) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
      [name, position],
    );
  }
}
