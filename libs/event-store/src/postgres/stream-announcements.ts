import { Client, type ClientConfig, type Notification } from 'pg';
import type { StreamWatch, StreamWatcher } from '../event-store.port';

/** The NOTIFY channel es_announce_stream() writes to (see its migration). */
export const STREAM_ANNOUNCEMENT_CHANNEL = 'es_stream_announced';

const RECONNECT_MS = 1_000;

/**
 * One LISTEN connection per store, shared by every watcher, opened on the first watch. `live` is true only while it
 * listens: a watcher must not trust anything it kept while it was not. Every (re)connection and every loss is
 * announced as `changed(null)` — "forget everything" — since notifications sent meanwhile are gone.
 */
export class StreamAnnouncements {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly watchers = new Set<StreamWatcher>();

  constructor(private readonly config: ClientConfig) {}

  get live(): boolean {
    return this.client !== null;
  }

  watch(watcher: StreamWatcher): StreamWatch {
    this.watchers.add(watcher);
    this.connect();
    const announcements = this;
    return {
      get live() {
        return announcements.live;
      },
      close: () => void this.watchers.delete(watcher),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.connecting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connect(): void {
    if (this.client || this.connecting || this.retry || this.closed) return;
    this.connecting = this.listen().finally(() => (this.connecting = null));
  }

  private async listen(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', (message: Notification) => {
      if (message.channel === STREAM_ANNOUNCEMENT_CHANNEL && message.payload) this.announce(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the stream announcement connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${STREAM_ANNOUNCEMENT_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.failed(error);
      return;
    }
    if (this.closed) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.announce(null);
  }

  private lost(client: Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.announce(null);
    void client.end().catch(() => undefined);
    this.failed(error);
  }

  private failed(error: unknown): void {
    if (this.closed) return;
    for (const watcher of this.watchers) watcher.failed?.(error);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.watchers.size) this.connect();
    }, RECONNECT_MS);
    this.retry.unref();
  }

  private announce(stream: string | null): void {
    for (const watcher of this.watchers) watcher.changed(stream);
  }
}
