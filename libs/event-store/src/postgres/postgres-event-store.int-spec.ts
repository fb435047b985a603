import { createTestDatabase } from '@app/testing/test-database';
import { createPool } from '@app/database/create-pool';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

describeEventStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase();
  const pool = createPool(database.url, 40);
  return {
    store: new PostgresEventStore(pool),
    async cleanup() {
      await pool.end();
      await database.drop();
    },
  };
});
