#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro over a function-pointer cast, which Swift cannot import.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

/// SQLITE_STATIC: the bound buffer outlives the statement's use of it.
static inline sqlite3_destructor_type csqlite_static(void) { return SQLITE_STATIC; }
