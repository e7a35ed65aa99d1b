// A department's name that opens its page (部门页); it prints as plain text.
import { useApp } from '../app-context';

export function DepartmentLink({ name }: { name: string }) {
  const { openDepartment } = useApp();
  return (
    <button type="button" className="link dept-link" onClick={() => openDepartment(name)} title={`打开“${name}”的部门页`} data-testid="department-link">
      {name}
    </button>
  );
}
