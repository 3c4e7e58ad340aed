/// Another process is already rebuilding the same output: exit code 70 (the request was valid,
/// the file is busy); run the command again once the other one has finished.
public struct OutputLockedError: MidasFailure, Equatable {
    /// The file being rebuilt.
    public var output: String
    /// The lock file held by the other process.
    public var lockFile: String

    /// Creates an error value.
    public init(output: String, lockFile: String) {
        self.output = output
        self.lockFile = lockFile
    }

    /// `.internal` (exit 70): nothing is wrong with the input.
    public var kind: FailureKind { .internal }

    /// `another midas is writing data/artifacts/x.sqlite (it holds data/artifacts/x.sqlite.lock); …`.
    public var description: String {
        "another midas is writing \(output) (it holds \(lockFile)); wait for it to finish and run this again"
    }
}
