// Switches the comparison to another department responsible for the same measure, without leaving the view.
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { ROLE_LABEL, STATUS_LABEL } from '../lib/status';
import { useAsync } from '../lib/use-async';

export function DepartmentSwitch({ measure, department, policy }: { measure: number; department: string; policy?: number }) {
  const { client, asOf, dataVersion, navigate } = useApp();
  const scope = policy !== undefined ? { policy } : {};
  const matrix = useAsync(() => unwrap(client.call('compliance/matrix', { asOf, ...scope })), [asOf, dataVersion, policy]);
  const here = (matrix.data?.obligations ?? []).filter((o) => o.measure === measure);
  if (here.length < 2 && here.every((o) => o.department === department)) return null;
  return (
    <label className="department-switch">
      <span>换一个部门</span>
      <select
        value={here.some((o) => o.department === department) ? department : ''}
        onChange={(e) => e.target.value && navigate('compare', { measure, department: e.target.value, ...scope })}
        data-testid="compare-switch-department"
      >
        {!here.some((o) => o.department === department) && <option value="">{department}</option>}
        {here.map((o) => (
          <option key={o.department} value={o.department}>
            {o.department}（{ROLE_LABEL[o.role]}，{STATUS_LABEL[o.status]}）
          </option>
        ))}
      </select>
    </label>
  );
}
