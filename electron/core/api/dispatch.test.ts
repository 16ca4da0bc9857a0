import { describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatch';

describe('a dispatcher for some of the calls', () => {
  it('answers the calls it has handlers for, checked against the contract, and no others', async () => {
    const errors: unknown[] = [];
    const dispatch = createDispatcher({ getPreferences: () => ({ nonsense: true }) as never, setPreferences: (patch) => ({ ...patch }) as never }, (e) => errors.push(e));
    expect(await dispatch('workspaceInfo', {})).toMatchObject({ ok: false, error: { code: 'unknown_call', phrase: { key: 'core.common.unknownCall', params: { name: '"workspaceInfo"' } } } });
    expect(await dispatch('noSuchCall', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await dispatch('setPreferences', { uiLanguage: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input', phrase: { key: 'core.common.refused' } } });
    // A handler's answer outside the contract is a bug, caught and said as such.
    expect(await dispatch('getPreferences', {})).toMatchObject({ ok: false, error: { code: 'internal', phrase: { key: 'core.common.uncheckedAnswer' } } });
    expect(errors).toHaveLength(1);
  });
});
