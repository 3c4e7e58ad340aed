import CSQLite

extension Connection {
    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT` and returns its result.
    ///
    /// `IMMEDIATE` takes the write lock up front, so a concurrent writer fails (after the busy timeout)
    /// at `BEGIN` rather than halfway through. When `body` throws, or `COMMIT` fails, the transaction is
    /// rolled back and the first error is rethrown; a failing `ROLLBACK` never hides it.
    /// Transactions do not nest: calling this inside another transaction throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
            try execute("COMMIT")
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }
}
