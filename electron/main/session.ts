import type { Session } from 'electron';

/**
 * The desktop session's rules: Tandem asks for no browser permissions (camera, location,
 * notifications, devices…), so every request and check is refused.
 */

/** As much of Electron's Session as these rules set. */
export type PermissionSessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export function lockDownSession(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
