/**
 * Test-only: the table-driven checks every adapter's fixtures go through (exact ticket id,
 * requester, channel, authors and texts, incremental read = full read, editor found).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture, type AdapterUnderTest, type FixtureCase, type LoadedFixture } from './test-fixtures';

export function describeFixtureCases(adapter: AdapterUnderTest, cases: readonly FixtureCase[]): void {
  describe(`${adapter.id} fixtures`, () => {
    let loaded: LoadedFixture | undefined;
    afterEach(async () => {
      await loaded?.window.happyDOM.close();
      loaded = undefined;
    });

    for (const c of cases) {
      describe(c.fixture, () => {
        it('reads the ticket id, requester and channel', () => {
          loaded = loadFixture(adapter.id, c.fixture, c.url);
          const ticket = adapter.readTicket(loaded.document);
          expect(ticket).toBeDefined();
          expect(ticket!.ticketId).toBe(c.ticketId);
          expect(ticket!.requester).toEqual(c.requester);
          expect(ticket!.channel).toBe(c.channel);
        });

        it('reads every message with its author and exact text, oldest first', () => {
          loaded = loadFixture(adapter.id, c.fixture, c.url);
          const ticket = adapter.readTicket(loaded.document)!;
          expect(ticket.messages.map((m) => [m.author, m.text])).toEqual(c.messages);
          expect(new Set(ticket.messages.map((m) => m.id)).size).toBe(ticket.messages.length);
        });

        it('reads each message element on its own exactly as the full read does', () => {
          loaded = loadFixture(adapter.id, c.fixture, c.url);
          const ticket = adapter.readTicket(loaded.document)!;
          for (const message of ticket.messages) {
            expect(adapter.readMessage(message.element)).toMatchObject({ id: message.id, author: message.author, text: message.text });
          }
          const root = adapter.threadRoot(loaded.document);
          expect(root).not.toBeNull();
          expect(adapter.messageElements(root!).length).toBeGreaterThanOrEqual(ticket.messages.length);
        });

        it(c.editor ? 'finds the reply editor' : 'finds no reply editor', () => {
          loaded = loadFixture(adapter.id, c.fixture, c.url);
          const editor = adapter.editor.find(loaded.document);
          if (c.editor) expect(editor).not.toBeNull();
          else expect(editor).toBeNull();
        });
      });
    }
  });
}
