import MidasCore

/// A file that cannot be read as an artifact: not one, or damaged. Exit code 2 (unreadable input).
public struct ArtifactError: MidasFailure, Equatable {
    /// The artifact's path.
    public var path: String
    /// What is wrong, as a phrase a user can act on.
    public var detail: String

    /// Creates an error naming the file and what is wrong with it.
    public init(path: String, detail: String) {
        self.path = path
        self.detail = detail
    }

    /// Always `.badInput`: the file given is not a readable artifact.
    public var kind: FailureKind { .badInput }

    /// `path: not a readable Midas artifact: detail`.
    public var description: String { "\(path): not a readable Midas artifact: \(detail)" }
}
