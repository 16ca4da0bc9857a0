import type { Session } from 'electron';

/**
 * The desktop session's rules: Tandem asks for no browser permissions (camera, location,
 * notifications…), so every request and check is refused.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
