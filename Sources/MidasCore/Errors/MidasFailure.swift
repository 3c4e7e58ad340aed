/// What kind of failure a command ended with; decides the process exit code (SPEC.md).
public enum FailureKind: Sendable, Equatable {
    /// Bad input or usage: exit code 2.
    case badInput
    /// A stale or incompatible artifact: exit code 3.
    case stale
    /// A bug or an environment failure: exit code 70.
    case `internal`

    /// The process exit code SPEC.md assigns to this kind.
    public var exitCode: Int32 {
        switch self {
        case .badInput: return 2
        case .stale: return 3
        case .internal: return 70
        }
    }
}

/// An error Midas reports to its user: a sentence that says what to fix, and its kind.
public protocol MidasFailure: Error, CustomStringConvertible {
    /// Decides the exit code.
    var kind: FailureKind { get }
}
