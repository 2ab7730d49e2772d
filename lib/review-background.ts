/**
 * Wires the review page's handlers (lib/review-service.ts) into the background, on top of the
 * near-miss database and endpoint that lib/near-miss-background.ts opens. Adds no listeners of its
 * own, so it may be called anywhere in the background's synchronous `main`.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod';
import { readEffectiveSettings } from './near-miss-background';
import type { NearMissDb } from './outbox-store';
import type { NearMissService } from './near-miss-service';
import { createReviewService, type ReviewService } from './review-service';
import type { MessageData } from './schema';

/**
 * The endpoint list's cursor, kept in storage.local under the SHA-256 of the endpoint URL: a new
 * endpoint starts from the beginning, and the URL itself (which may hold a secret) is not stored
 * where content scripts can read.
 */
const CURSOR_KEY = 'reviewCursor';
const cursorSchema = z.object({ endpoint: z.string(), cursor: z.string().nullable() }).strict();

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function startReviewBackground(ready: Promise<{ db: NearMissDb; service: NearMissService }>) {
  const service: Promise<ReviewService> = ready.then(({ db, service: nearMiss }) =>
    createReviewService({
      db,
      now: () => Date.now(),
      blameless: async () => (await readEffectiveSettings()).settings.blameless,
      effectiveEndpoint: () => nearMiss.effectiveEndpoint(),
      fetch: (input, init) => fetch(input, init),
      hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
      async readCursor(url) {
        const stored = cursorSchema.safeParse((await browser.storage.local.get(CURSOR_KEY))[CURSOR_KEY]);
        return stored.success && stored.data.endpoint === (await sha256(url)) ? stored.data.cursor : null;
      },
      async writeCursor(url, cursor) {
        await browser.storage.local.set({ [CURSOR_KEY]: { endpoint: await sha256(url), cursor } });
      },
      openTab: async (url) => void (await browser.tabs.create({ url })),
      reviewUrl: browser.runtime.getURL('/review.html'),
    }),
  );
  return {
    handlers: {
      listReview: async (data: MessageData<'listReview'>) => (await service).listReview(data),
      importNearMisses: async (data: MessageData<'importNearMisses'>) => (await service).importNearMisses(data),
      updateReview: async (data: MessageData<'updateReview'>) => (await service).updateReview(data),
      syncReviewEndpoint: async (data: MessageData<'syncReviewEndpoint'>) => (await service).syncReviewEndpoint(data),
      openReview: async () => (await service).openReview(),
    },
  };
}
