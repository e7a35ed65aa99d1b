// Runs in the sandboxed renderer before the page: exposes the contract channels and nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { LuoshiBridge } from '../../shared/api/bridge';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('luoshi', createBridge(ipcRenderer, webUtils) satisfies LuoshiBridge);
