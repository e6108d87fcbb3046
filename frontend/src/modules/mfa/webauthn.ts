// Passkeys through the browser's own JSON helpers (WebAuthn Level 3): the server's options go in as
// JSON and the credential comes back as JSON, so no base64url juggling lives in the SPA.

/** Whether this browser can create and use passkeys with the JSON helpers. */
export function webauthnSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.PublicKeyCredential === 'function' &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function' &&
    typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function' &&
    !!navigator.credentials
  );
}

/** What went wrong in the browser, as a translation key under `mfa.passkey.errors`. */
export class PasskeyError extends Error {
  constructor(readonly reason: 'cancelled' | 'duplicate' | 'unsupported' | 'failed') {
    super(reason);
  }
}

function browserError(error: unknown): PasskeyError {
  if (error instanceof PasskeyError) return error;
  const name = error instanceof DOMException ? error.name : '';
  // NotAllowedError covers both "the user said no" and "timed out": the browser does not tell them apart.
  if (name === 'NotAllowedError' || name === 'AbortError') return new PasskeyError('cancelled');
  if (name === 'InvalidStateError') return new PasskeyError('duplicate');
  if (name === 'NotSupportedError' || name === 'SecurityError') return new PasskeyError('unsupported');
  return new PasskeyError('failed');
}

/** Signs the server's challenge (options JSON from beginPasskey*); returns the assertion as JSON. */
export async function getAssertion(optionsJson: string): Promise<string> {
  if (!webauthnSupported()) throw new PasskeyError('unsupported');
  try {
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(JSON.parse(optionsJson));
    const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential | null;
    if (!credential) throw new PasskeyError('cancelled');
    return JSON.stringify(credential.toJSON());
  } catch (error) {
    throw browserError(error);
  }
}

/** Creates a passkey from the server's creation options; returns the new credential as JSON. */
export async function createCredential(optionsJson: string): Promise<string> {
  if (!webauthnSupported()) throw new PasskeyError('unsupported');
  try {
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(JSON.parse(optionsJson));
    const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential | null;
    if (!credential) throw new PasskeyError('cancelled');
    return JSON.stringify(credential.toJSON());
  } catch (error) {
    throw browserError(error);
  }
}
