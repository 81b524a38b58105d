/** The policy as JSON text, for admins who edit it whole (adding a case class, an obligation, a list item). */
import { Input } from 'antd';

export function JsonView({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  return (
    <Input.TextArea
      value={text}
      onChange={(e) => onChange(e.target.value)}
      rows={22}
      className="gw-mono"
      spellCheck={false}
      data-testid="policy-json"
    />
  );
}
