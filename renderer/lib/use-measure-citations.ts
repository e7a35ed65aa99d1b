// Citing measures by number where a view has the numbers but not the policies' measures (a report's links, notices
// sent, a merge preview): each policy's ledger is read once per change of the workspace's data, never per row.
import { useMemo } from 'react';
import { measureCiter } from '../../shared/extract/measure-citation';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { useAsync } from './use-async';

/** A measure cited as its policy cites it (第二部分第1条, 第6条); a row without a policy is the chosen, else the first, policy's. */
export type CiteMeasure = (policy: number | undefined, measure: number) => string;

export function useMeasureCitations(): CiteMeasure {
  const { client, dataVersion, policies, policyId } = useApp();
  const ledgers = useAsync(() => Promise.all(policies.map((p) => unwrap(client.call('policy/get', { policy: p.id })))), [dataVersion, policies]);
  return useMemo(() => {
    const citers = new Map((ledgers.data ?? []).flatMap((l) => (l ? [[l.documentId, measureCiter(l.extract.measures)] as const] : [])));
    // Until the ledgers are in, numbers are cited as 第N条.
    const plain = measureCiter([]);
    return (policy, measure) => (citers.get(policy ?? policyId ?? policies[0]?.id ?? 0) ?? plain)(measure);
  }, [ledgers.data, policies, policyId]);
}
