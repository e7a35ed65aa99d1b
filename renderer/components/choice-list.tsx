// The department names a list field (区民政局、区财政局) offers as it is typed.
import { listFieldChoices } from '../../shared/corrections/typed-departments';

/** The known names offered as a list field is typed, each after the names already in the field, so a pick adds one. */
export function ChoiceList({ id, text, departments }: { id: string; text: string; departments: string[] }) {
  return (
    <datalist id={id}>
      {listFieldChoices(text, departments).map((d) => (
        <option key={d} value={d} />
      ))}
    </datalist>
  );
}
