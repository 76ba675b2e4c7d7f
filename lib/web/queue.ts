/**
 * A concurrency cap for outgoing fetches and page parsing. Waiting on the network costs no
 * CPU, so a few fetches run at once; parsing with Readability is CPU work on the shared event
 * loop, so it runs one page at a time and other requests keep being served between pages.
 */
export function createLimiter(max: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

export const fetchQueue = createLimiter(Number(process.env.FACTDESK_FETCH_CONCURRENCY) || 4);
export const parseQueue = createLimiter(1);

/** Lets the event loop serve other requests before a CPU-heavy step. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
