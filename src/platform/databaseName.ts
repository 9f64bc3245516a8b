// The IndexedDB database's name, on its own: the first screen's start-up read needs only this, not
// the storage versions and the schemas their upgrades check with.
export const DB_NAME = 'tractus';
