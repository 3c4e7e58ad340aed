import MidasCore

/// An artifact that must not be used as it is: exit code 3, naming what differs and the command
/// that rebuilds it.
public struct StaleArtifactError: MidasFailure, Equatable {
    /// The artifact's path.
    public var artifact: String
    /// Everything that differs, in a fixed order (versions, then settings).
    public var causes: [StaleCause]
    /// The command that rebuilds the artifact.
    public var rebuildCommand: String

    /// Creates the error.
    public init(artifact: String, causes: [StaleCause], rebuildCommand: String) {
        self.artifact = artifact
        self.causes = causes
        self.rebuildCommand = rebuildCommand
    }

    /// Always `.stale`.
    public var kind: FailureKind { .stale }

    /// `artifact A is stale: …; rebuild it with: midas precompute … --full (or run with --allow-stale)`.
    public var description: String {
        "artifact \(artifact) is stale: \(causes.map(\.description).joined(separator: "; ")); "
            + "rebuild it with: \(rebuildCommand) (or pass --allow-stale to use it anyway)"
    }

    /// `midas precompute --prepared P --pipeline Q --out A --full`, with placeholders for unknown paths.
    public static func rebuildCommand(artifact: String, prepared: String? = nil, pipeline: String? = nil) -> String {
        "midas precompute --prepared \(prepared ?? "PREPARED") --pipeline \(pipeline ?? "PIPELINE") "
            + "--out \(artifact) --full"
    }
}
