import { useCallback, useRef, useState } from 'react';
import type { ImportedMedia } from '../../../shared/contract';
import { importFiles, pickFiles, refusedMessage, type ImportOutcome } from '../../api/media';
import { useApp } from '../../app/context';
import { addedMessage } from './format';

export interface AddPhotos {
  /** Files being added right now: 0 when idle; -1 while the system's file dialog decides. */
  adding: number;
  /** The desktop shell picks files with the system's dialog; browser mode uses a file input. */
  usesPicker: boolean;
  /** Adds files from a file input or a drop. */
  addFiles(files: readonly File[]): Promise<ImportedMedia[]>;
  /** Desktop shell: the system's file dialog. */
  pick(): Promise<ImportedMedia[]>;
}

/**
 * Adding image files to the library, one at a time, with progress; files that were refused
 * are told in a toast with what to do. `announceAdded` also tells what was added, and which
 * files were already in the library.
 */
export function useAddPhotos(options: { multiple: boolean; announceAdded: boolean }): AddPhotos {
  const { client, notify } = useApp();
  const [adding, setAdding] = useState(0);
  const busy = useRef(false);
  const { multiple, announceAdded } = options;

  const report = useCallback(
    (outcome: ImportOutcome) => {
      if (outcome.refused.length > 0) notify({ message: refusedMessage(outcome.refused), durationMs: 10_000 });
      if (!announceAdded) return;
      const existing = outcome.imported.filter((i) => i.existed).map((i) => i.media.name);
      const message = addedMessage({ added: outcome.imported.length - existing.length, existing });
      if (message) notify({ message });
    },
    [notify, announceAdded],
  );

  const run = useCallback(
    async (count: number, work: () => Promise<ImportOutcome>): Promise<ImportedMedia[]> => {
      if (busy.current) return [];
      busy.current = true;
      setAdding(count);
      try {
        const outcome = await work();
        report(outcome);
        return outcome.imported;
      } finally {
        busy.current = false;
        setAdding(0);
      }
    },
    [report],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => {
      const chosen = multiple ? files : files.slice(0, 1);
      if (chosen.length === 0) return Promise.resolve([]);
      return run(chosen.length, () => importFiles(client, chosen));
    },
    [client, multiple, run],
  );

  const pick = useCallback(() => run(-1, () => pickFiles(client, multiple)), [client, multiple, run]);

  return { adding, usesPicker: client.transport === 'desktop', addFiles, pick };
}
