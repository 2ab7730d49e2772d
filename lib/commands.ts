/**
 * Browser commands (keyboard shortcuts, remappable at chrome://extensions/shortcuts and in Firefox's
 * add-on shortcut settings). Defaults use Alt+Shift, which none of the supported helpdesks bind.
 * Data only: wxt.config.ts reads it in Node at build time.
 */
export const commandIds = ['toggle-sidebar', 'start-log'] as const;
export type CommandId = (typeof commandIds)[number];

export const manifestCommands = {
  'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandToggleSidebar__' },
  'start-log': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandStartLog__' },
} satisfies Record<CommandId, unknown>;
