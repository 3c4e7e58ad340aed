import MidasCore

/// A prepared store that cannot be used: not one, or written by an incompatible schema.
public struct PreparedStoreError: MidasFailure, Equatable {
    /// The store's path.
    public var path: String
    /// What is wrong and what to do.
    public var detail: String

    /// Creates the error.
    public init(path: String, detail: String) {
        self.path = path
        self.detail = detail
    }

    /// Stale or incompatible: exit code 3.
    public var kind: FailureKind { .stale }

    public var description: String { "\(path): \(detail)" }
}
