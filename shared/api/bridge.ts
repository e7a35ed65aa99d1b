// What the Electron preload puts on window.luoshi. The renderer's IPC transport is written against this.
import type { ChannelName, MenuCommand } from './channels';

export interface LuoshiBridge {
  /** Resolves to an ApiResult; never rejects for API errors. */
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  /** Absolute path of a dropped or picked file (Electron hides File.path from sandboxed pages). */
  pathForFile(file: File): string;
  /** Subscribes to File-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
