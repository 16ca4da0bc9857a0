import { useTranslation } from 'react-i18next';

/** A field's length against the desk's guidance: `42 / 90`, and how far over when it runs over. */
export function LengthHint({ id, length, guidance }: { id: string; length: number; guidance: number }) {
  const { t } = useTranslation();
  const over = length - guidance;
  return (
    <span id={id} className={over > 0 ? 'length-hint length-over' : 'length-hint'}>
      {over > 0 ? t('editor.lengthOver', { length, guidance, over }) : t('editor.length', { length, guidance })}
    </span>
  );
}
