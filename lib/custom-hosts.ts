/**
 * Content-script registration for a team's custom helpdesk hosts (self-hosted helpdesks, custom
 * domains). The manifest only lists the helpdesks' hosted domains; for a custom host the options
 * page asks for its host permission (from the click that adds it), and the background registers
 * the same content script file for the hosts it was granted, on start and whenever hosts or
 * permissions change. One registration id holds every host, so re-syncing is one update.
 */
import { isAllowedWebUrl } from './schema';

export const CUSTOM_HOSTS_SCRIPT_ID = 'near-miss-custom-hosts';
/** The helpdesk content script as WXT emits it (entrypoints/helpdesk.content). */
export const HELPDESK_SCRIPT_FILE = 'content-scripts/helpdesk.js';

/**
 * The origin pattern for a host. https only (http for localhost and 127.0.0.1), because those are
 * the manifest's optional host permissions; match patterns carry no port, so the port is dropped.
 */
export function hostPattern(host: string): string | undefined {
  const hostname = host.replace(/:\d+$/, '');
  const local = hostname === 'localhost' || hostname === '127.0.0.1';
  const pattern = `${local ? 'http' : 'https'}://${hostname}/*`;
  return isAllowedWebUrl(pattern.replace('/*', '/')) ? pattern : undefined;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: boolean;
}

/** Registers the content script for every custom host with a granted permission; returns their patterns. */
export async function syncCustomHostScripts(
  scripting: ScriptingApi,
  permissions: PermissionsApi,
  customHosts: Readonly<Record<string, string>>,
): Promise<string[]> {
  const patterns = [...new Set(Object.keys(customHosts).flatMap((host) => hostPattern(host) ?? []))].sort();
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_HOSTS_SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [CUSTOM_HOSTS_SCRIPT_ID] });
    return [];
  }
  const script: RegisteredScript = {
    id: CUSTOM_HOSTS_SCRIPT_ID,
    matches: granted,
    js: [HELPDESK_SCRIPT_FILE],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return granted;
}
