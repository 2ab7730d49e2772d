/**
 * The one typed message map shared by every context (after webext-core's ProtocolMap).
 *
 * Each entry is `name(data): reply`. The background parses every message with the zod schema of the
 * same name in lib/schema.ts and checks that it comes from the context named in `messageSenders`
 * before any handler runs (lib/message-router.ts). This file imports schema *types* only, so the
 * content script can use it without bundling zod.
 */
import { browser } from 'wxt/browser';
import type {
  DetectReply,
  EndpointSyncReply,
  EndpointView,
  HelloReply,
  LogReply,
  MergeReply,
  MessageData,
  MessageName,
  NearMissRecord,
  OutboxStatusReply,
  Result,
  ReviewPageReply,
  StatusReply,
  TabStatusReply,
  TestEndpointReply,
  TicketState,
} from './schema';

export interface ProtocolMap {
  hello(data: MessageData<'hello'>): HelloReply;
  status(data: MessageData<'status'>): StatusReply;
  getTicketState(data: MessageData<'getTicketState'>): TicketState;
  saveTicketState(data: MessageData<'saveTicketState'>): TicketState;
  detectMessages(data: MessageData<'detectMessages'>): DetectReply;
  pauseSidebar(data: MessageData<'pauseSidebar'>): { paused: true };
  // Issue 6: logging (content scripts) and the endpoint/outbox/history (extension pages).
  logNearMiss(data: MessageData<'logNearMiss'>): LogReply;
  updateNearMiss(data: MessageData<'updateNearMiss'>): { id: string; revision: number };
  undoNearMiss(data: MessageData<'undoNearMiss'>): { id: string };
  listNearMisses(data: MessageData<'listNearMisses'>): NearMissRecord[];
  getEndpoint(data: MessageData<'getEndpoint'>): EndpointView | null;
  setEndpoint(data: MessageData<'setEndpoint'>): EndpointView | null;
  removeEndpoint(data: MessageData<'removeEndpoint'>): null;
  testEndpoint(data: MessageData<'testEndpoint'>): TestEndpointReply;
  outboxStatus(data: MessageData<'outboxStatus'>): OutboxStatusReply;
  outboxAction(data: MessageData<'outboxAction'>): { key: string; done: boolean };
  tabStatus(data: MessageData<'tabStatus'>): TabStatusReply;
  // Issue 7: the team lead's review page.
  listReview(data: MessageData<'listReview'>): ReviewPageReply;
  importNearMisses(data: MessageData<'importNearMisses'>): MergeReply;
  updateReview(data: MessageData<'updateReview'>): NearMissRecord;
  syncReviewEndpoint(data: MessageData<'syncReviewEndpoint'>): EndpointSyncReply;
  openReview(data: MessageData<'openReview'>): { opened: true };
}

/**
 * Who may send each message. `content`: a content script in a tab's top frame. `extension`: one of
 * the extension's own pages (popup, options, review). Anything else is rejected.
 */
export type SenderKind = 'content' | 'extension';
export const messageSenders: { readonly [N in MessageName]: SenderKind } = {
  hello: 'content',
  status: 'extension',
  getTicketState: 'content',
  saveTicketState: 'content',
  detectMessages: 'content',
  pauseSidebar: 'content',
  // A content script can only add to, edit or undo its own tab's records. Every config message is
  // 'extension': no content script can change the endpoint or read anything about it.
  logNearMiss: 'content',
  updateNearMiss: 'content',
  undoNearMiss: 'content',
  listNearMisses: 'extension',
  getEndpoint: 'extension',
  setEndpoint: 'extension',
  removeEndpoint: 'extension',
  testEndpoint: 'extension',
  outboxStatus: 'extension',
  outboxAction: 'extension',
  tabStatus: 'extension',
  listReview: 'extension',
  importNearMisses: 'extension',
  updateReview: 'extension',
  syncReviewEndpoint: 'extension',
  // The sidebar's "Review near misses" link: opens the extension page, reads nothing.
  openReview: 'content',
};

export type MessageReply<N extends MessageName> = ReturnType<ProtocolMap[N]>;

/** Sends a message to the background; never throws: transport failures come back as `ok: false`. */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: Parameters<ProtocolMap[N]>[0],
): Promise<Result<MessageReply<N>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ name, data })) as Result<MessageReply<N>> | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
