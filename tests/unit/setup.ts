// IndexedDB for node: every unit test of the store runs against fake-indexeddb.
import 'fake-indexeddb/auto';
