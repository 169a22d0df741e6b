/**
 * Takes `<dir>.lock` for this process (creating the parent folder) and returns its release, which
 * also runs at exit. Throws `inUse` while a live process holds it, `notTaken` when a race with
 * another opener leaves it untaken twice.
 */
export function acquireDirLock(dir: string, errors: { inUse: (holder: number, lock: string) => Error; notTaken: (lock: string) => Error }): () => void;
