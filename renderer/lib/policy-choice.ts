// The top bar's policy filter: which policy the views show, kept per workspace until the window closes.
import type { PolicyRef } from '../../shared/portfolio/types';
import type { PolicyChoice } from '../app-context';

/**
 * The choice that applies: with one policy it is that policy (nothing to choose); with several, the
 * stored choice while that policy is still in the workspace, else 全部. No policy yet: 全部.
 */
export function effectiveChoice(policies: readonly Pick<PolicyRef, 'id'>[], stored: PolicyChoice | null): PolicyChoice {
  if (policies.length === 1) return policies[0].id;
  if (typeof stored === 'number' && policies.some((p) => p.id === stored)) return stored;
  return 'all';
}

/** Reads a stored choice; anything unreadable counts as none. */
export function parseChoice(text: string | null): PolicyChoice | null {
  if (text === 'all') return 'all';
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : null;
}

const key = (workspace: string) => `luoshi.policy-choice:${workspace}`;

export function loadChoice(workspace: string): PolicyChoice | null {
  try {
    return parseChoice(window.sessionStorage.getItem(key(workspace)));
  } catch {
    return null;
  }
}

export function saveChoice(workspace: string, choice: PolicyChoice): void {
  try {
    window.sessionStorage.setItem(key(workspace), String(choice));
  } catch {
    // Storage refused (private mode, quota): the choice simply lasts until the window closes.
  }
}
