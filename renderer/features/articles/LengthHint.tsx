/** A field's length against the desk's guidance: `42 / 90`, and how far over when it runs over. */
export function LengthHint({ id, length, guidance }: { id: string; length: number; guidance: number }) {
  const over = length - guidance;
  return (
    <span id={id} className={over > 0 ? 'length-hint length-over' : 'length-hint'}>
      {over > 0 ? `${length} / ${guidance} characters, ${over} over the guidance` : `${length} / ${guidance} characters`}
    </span>
  );
}
