/** A minimal Server-Sent Events reader over fetch (Node has no EventSource): collects messages until closed. */
export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

export function openSse(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const messages: SseMessage[] = [];
  const done = (async () => {
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    if (response.status !== 200 || !response.body) throw new Error(`SSE answered ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      buffer += decoder.decode(value, { stream: true });
      let split: number;
      while ((split = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const message: SseMessage = { data: '' };
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(':');
          const value = rest.join(':').replace(/^ /, '');
          if (field === 'id') message.id = value;
          else if (field === 'event') message.event = value;
          else if (field === 'data') message.data += value;
        }
        if (message.data) messages.push(message);
      }
    }
  })().catch((error) => {
    if ((error as Error).name !== 'AbortError') throw error;
  });
  return {
    messages,
    /** settles when the server ends the stream (or close() aborts it) */
    ended: done,
    close: async () => {
      controller.abort();
      await done;
    },
  };
}
