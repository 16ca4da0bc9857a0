import { describe, expect, it } from 'vitest';
import { lockDownSession, type PermissionSessionLike } from './session';

type RequestHandler = Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<PermissionSessionLike['setDevicePermissionHandler']>[0];
type Permission = Parameters<NonNullable<RequestHandler>>[1];
type RequestArgs = Parameters<NonNullable<RequestHandler>>;
type CheckArgs = Parameters<NonNullable<CheckHandler>>;
type DeviceArgs = Parameters<NonNullable<DeviceHandler>>;

/** A stand-in for Electron's Session that keeps the handlers it is given. */
class FakeSession implements PermissionSessionLike {
  request: RequestHandler = null;
  check: CheckHandler = null;
  device: DeviceHandler = null;
  setPermissionRequestHandler(handler: RequestHandler): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.device = handler;
  }
}

/** What a page may ask for; none of it is anything Tandem needs. */
const PERMISSIONS: Permission[] = [
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'idle-detection',
  'window-management',
  'local-fonts',
  'storage-access',
  'unknown',
];

// The handlers read nothing but the permission; the rest of Electron's arguments are stand-ins.
const contents = {} as RequestArgs[0];

describe('the desktop session', () => {
  it('refuses every permission a page requests', () => {
    const session = new FakeSession();
    lockDownSession(session);
    expect(session.request).toBeTypeOf('function');
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      session.request?.(contents, permission, (granted) => answers.push(granted), { requestingUrl: 'tandem://app/', isMainFrame: true } as RequestArgs[3]);
      expect(answers, permission).toEqual([false]);
    }
  });

  it('answers every permission check with no, from our page or any other', () => {
    const session = new FakeSession();
    lockDownSession(session);
    for (const permission of PERMISSIONS) {
      for (const origin of ['tandem://app', 'https://evil.example']) {
        expect(session.check?.(null, permission, origin, { requestingUrl: origin, isMainFrame: true } as CheckArgs[3]), `${permission} ${origin}`).toBe(false);
      }
    }
  });

  it('grants no device (USB, serial, HID) without asking', () => {
    const session = new FakeSession();
    lockDownSession(session);
    expect(session.device?.({ deviceType: 'usb', origin: 'tandem://app', device: {} } as unknown as DeviceArgs[0])).toBe(false);
  });
});
