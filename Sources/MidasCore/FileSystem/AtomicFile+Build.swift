import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AtomicFile {
    /// Atomically replaces (or creates) the file at `url` with a file that `body` builds.
    ///
    /// `body` receives a hidden temporary path in `url`'s folder (nothing exists there yet) and
    /// creates the file, e.g. as a new SQLite database. The file is then synced to disk, renamed over
    /// `url`, and the folder synced. When `body` or any step fails, the temporary file (and any
    /// SQLite `-journal`/`-wal`/`-shm` companion) is removed and the previous file stays byte-identical.
    ///
    /// - Throws: whatever `body` throws; ``FileSystemError`` naming the failed step and path.
    public static func build<T>(at url: URL, _ body: (URL) throws -> T) throws -> T {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let result: T
        do {
            result = try body(temporary)
            let descriptor = try POSIXFile.openDescriptor(temporary.path, flags: O_RDONLY)
            do {
                try POSIXFile.sync(descriptor, path: temporary.path)
            } catch {
                close(descriptor)
                throw error
            }
            try POSIXFile.closeDescriptor(descriptor, path: temporary.path)
            try POSIXFile.move(temporary.path, to: url.path)
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary.path + suffix) }
            throw error
        }
        try POSIXFile.syncFolder(folder.path)
        return result
    }
}
