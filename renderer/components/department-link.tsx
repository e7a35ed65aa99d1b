// A department's name that opens its page (部门页); it prints as plain text.
import { useApp } from '../app-context';

/** `skipTab`: left out of the Tab order where a grid moves the focus itself (the matrix's row headers). */
export function DepartmentLink({ name, skipTab }: { name: string; skipTab?: boolean }) {
  const { openDepartment } = useApp();
  return (
    <button
      type="button"
      className="link dept-link"
      onClick={() => openDepartment(name)}
      title={`打开“${name}”的部门页`}
      data-testid="department-link"
      {...(skipTab ? { tabIndex: -1 } : {})}
    >
      {name}
    </button>
  );
}
