#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file-system call: what was being done, to which path, and the `errno` it ended with.
///
/// These are environment failures (disk full, permission denied), so the CLI exits with code 70.
public struct FileSystemError: MidasFailure, Equatable {
    /// What was being done, as a verb phrase: "create", "write", "rename", "sync".
    public var operation: String
    /// The path it was done to.
    public var path: String
    /// The POSIX error number.
    public var errno: Int32

    /// Creates an error value.
    public init(_ operation: String, path: String, errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// Always `.internal`: the input was fine, the machine refused.
    public var kind: FailureKind { .internal }

    /// `cannot rename /out/run.tmp: No space left on device`.
    public var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(errno)))"
    }
}
