import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock on `<output>.lock` (`flock`), held while a command rebuilds `output`.
///
/// Two `prepare`s or two `precompute`s of the same file cannot interleave: the second one fails at
/// once with ``OutputLockedError`` instead of waiting. The kernel releases the lock when the
/// process ends, however it ends (a `kill -9` included), so a stale lock file is harmless and is
/// left in place (removing it would let two processes lock two different files of the same name).
/// Once locked, the temporary files a killed predecessor left beside the output
/// (`.<name>.<UUID>.tmp` and its SQLite journals) are removed: no one else can be writing them.
public final class OutputLock {
    /// The lock file's path.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock of `output`, creating `<output>.lock` when needed.
    ///
    /// - Throws: ``OutputLockedError`` (exit 70) when another process holds it, ``FileSystemError``
    ///   when the lock file cannot be opened.
    public init(output: String) throws {
        path = output + ".lock"
        descriptor = try POSIXFile.openDescriptor(path, flags: O_RDWR | O_CREAT)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            if failure == EINTR { continue }
            close(descriptor)
            if failure == EWOULDBLOCK { throw OutputLockedError(output: output, lockFile: path) }
            throw FileSystemError("lock", path: path, errno: failure)
        }
        Self.removeTemporaries(of: output)
    }

    /// Removes `.<name>.*.tmp*` beside `output`: the temporaries of `AtomicFile.build` and `AtomicFile.write`.
    private static func removeTemporaries(of output: String) {
        let url = URL(fileURLWithPath: output)
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.contains(".tmp") {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
