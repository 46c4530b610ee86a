/**
 * The database handle's type, in a leaf module: migrations, the search index and the statement cache
 * name it without importing the module that opens the database (which imports them).
 */
import type Database from 'better-sqlite3';

export type Db = Database.Database;
