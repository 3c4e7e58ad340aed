import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A SQLite file built under a temporary name beside its target, then synced and renamed over it.
///
/// Until ``commit()`` the target is untouched; ``discard()`` removes the temporary file, so a
/// failed build leaves the previous file byte-identical.
struct SQLiteFileReplacement {
    /// The final path.
    let target: String
    /// Where the file is built.
    let temporary: String

    /// Chooses a fresh temporary name in the target's folder.
    init(target: String) {
        let url = URL(fileURLWithPath: target)
        self.target = url.path
        temporary =
            url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    }

    /// Removes temporary files an earlier build of the same target left behind when it was killed.
    func removeAbandoned() {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) && (name.hasSuffix(".tmp") || name.hasSuffix(".tmp-journal")) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Syncs the finished temporary file, renames it over the target and syncs the folder.
    func commit() throws {
        try Self.sync(temporary)
        guard rename(temporary, target) == 0 else { throw Self.failure("rename to \(target)", temporary) }
        try Self.sync(URL(fileURLWithPath: target).deletingLastPathComponent().path)
    }

    /// Removes the temporary file and any SQLite journal beside it.
    func discard() {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }

    private static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("fsync", path) }
    }

    private static func failure(_ step: String, _ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "step": step, "errno": errno])
    }
}
