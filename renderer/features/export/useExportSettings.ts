import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportSettings } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { i18n } from '../../i18n';
import { checkBaseUrl, checkOutDir } from './scope';

export type SettingsField = keyof ExportSettings;

export type SettingsLoad = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready' };

export interface ExportSettingsEditing {
  load: SettingsLoad;
  draft: ExportSettings;
  /** What is wrong with each field as typed, or with its last save. */
  errors: Partial<Record<SettingsField, string>>;
  status: 'idle' | 'saving' | 'saved';
  /** Counts saves that changed a setting, so what depends on them (preflight) can ask again. */
  changes: number;
  edit(field: SettingsField, value: string): void;
  /** Saves one field when it changed (on blur and Enter); true when what is typed is saved. */
  save(field: SettingsField): Promise<boolean>;
  /** Saves whatever is typed and not yet saved; true when both fields are saved. */
  flush(): Promise<boolean>;
  retry(): void;
  /** The system's folder dialog for the output folder, then saved as if typed; null where there is none (a browser). */
  chooseOutDir: (() => Promise<void>) | null;
}

const CHECKS: Record<SettingsField, (typed: string) => ReturnType<typeof checkBaseUrl>> = {
  baseUrl: checkBaseUrl,
  outDir: checkOutDir,
};

/** The base URL and output folder: read when the view opens, each saved when the editor leaves it or presses Enter. */
export function useExportSettings(): ExportSettingsEditing {
  const { client } = useApp();
  const [load, setLoad] = useState<SettingsLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<ExportSettings>({ baseUrl: '', outDir: '' });
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [changes, setChanges] = useState(0);
  const saved = useRef<ExportSettings | null>(null);
  const typed = useRef(draft);
  // Saves run one after another, so the last one typed wins.
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  useEffect(() => {
    let current = true;
    void client.call('getExportSettings', {}).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setLoad({ state: 'failed', error: result.error });
        return;
      }
      saved.current = result.value;
      typed.current = result.value;
      setDraft(result.value);
      setLoad({ state: 'ready' });
    });
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const edit = useCallback((field: SettingsField, value: string) => {
    typed.current = { ...typed.current, [field]: value };
    setDraft(typed.current);
    setStatus((before) => (before === 'saved' ? 'idle' : before));
  }, []);

  const saveNow = useCallback(
    async (field: SettingsField): Promise<boolean> => {
      const base = saved.current;
      if (!base) return false;
      const checked = CHECKS[field](typed.current[field]);
      if (!checked.ok) {
        setErrors((all) => ({ ...all, [field]: checked.message }));
        return false;
      }
      if (checked.value === base[field]) {
        setErrors((all) => ({ ...all, [field]: undefined }));
        if (typed.current[field] !== checked.value) edit(field, checked.value);
        return true;
      }
      setStatus('saving');
      const result = await client.call('setExportSettings', { ...base, [field]: checked.value });
      if (!result.ok) {
        setStatus('idle');
        setErrors((all) => ({ ...all, [field]: i18n.t('export.notSaved', { message: result.error.message }) }));
        return false;
      }
      saved.current = result.value;
      setErrors((all) => ({ ...all, [field]: undefined }));
      // What Tandem keeps (tidied) replaces what was typed, unless typing went on meanwhile.
      if (typed.current[field] === checked.value || typed.current[field].trim() === checked.value) edit(field, result.value[field]);
      setStatus('saved');
      setChanges((n) => n + 1);
      return true;
    },
    [client, edit],
  );

  const save = useCallback(
    (field: SettingsField) => {
      const next = queue.current.then(() => saveNow(field));
      queue.current = next.catch(() => false);
      return next;
    },
    [saveNow],
  );

  const flush = useCallback(async () => {
    const [baseUrl, outDir] = await Promise.all([save('baseUrl'), save('outDir')]);
    return baseUrl && outDir;
  }, [save]);

  const chooseOutDir = useCallback(async () => {
    const result = await client.call('pickExportFolder', { startIn: typed.current.outDir });
    if (!result.ok) {
      setErrors((all) => ({ ...all, outDir: result.error.message }));
      return;
    }
    if (result.value.path === null) return;
    edit('outDir', result.value.path);
    await save('outDir');
  }, [client, edit, save]);

  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return {
    load,
    draft,
    errors,
    status,
    changes,
    edit,
    save,
    flush,
    retry,
    chooseOutDir: client.transport === 'desktop' ? chooseOutDir : null,
  };
}
