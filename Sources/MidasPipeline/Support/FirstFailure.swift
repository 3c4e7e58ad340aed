import Synchronization

/// Collects the first error thrown by concurrent workers, so the caller can rethrow it.
final class FirstFailure: Sendable {
    private let error = Mutex<(any Error)?>(nil)

    /// Whether some worker has failed (workers stop early).
    var hasFailed: Bool { error.withLock { $0 != nil } }

    /// Records `failure` unless an earlier one is recorded.
    func record(_ failure: any Error) {
        error.withLock { if $0 == nil { $0 = failure } }
    }

    /// Throws the recorded error, if any.
    func rethrow() throws {
        if let failure = error.withLock({ $0 }) { throw failure }
    }
}
