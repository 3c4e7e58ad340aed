import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole files so that a reader, or a crash, sees either the old content or the new, never a mix.
///
/// The bytes go to a hidden temporary file in the target's folder, which is synced to disk and then
/// renamed over the target; the folder is synced last so the rename itself survives a power cut.
/// When anything fails, the temporary file is removed and the previous file stays as it was.
public enum AtomicFile {
    /// Atomically replaces (or creates) the file at `url` with `data`.
    ///
    /// - Throws: ``FileSystemError`` naming the failed step and path.
    public static func write(_ data: Data, to url: URL) throws {
        try data.withUnsafeBytes { try write(buffer: $0, to: url) }
    }

    /// Atomically replaces (or creates) the file at `url` with `bytes`, e.g. `text.utf8`.
    ///
    /// - Throws: ``FileSystemError`` naming the failed step and path.
    public static func write(_ bytes: some Sequence<UInt8>, to url: URL) throws {
        let written: Void? = try bytes.withContiguousStorageIfAvailable {
            try write(buffer: UnsafeRawBufferPointer($0), to: url)
        }
        if written == nil {
            try Array(bytes).withUnsafeBytes { try write(buffer: $0, to: url) }
        }
    }

    private static func write(buffer: UnsafeRawBufferPointer, to url: URL) throws {
        let target = url.path
        let folder = url.deletingLastPathComponent().path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = try POSIXFile.openDescriptor(temporary, flags: O_WRONLY | O_CREAT | O_EXCL)
        do {
            do {
                try POSIXFile.writeAll(descriptor, buffer, path: temporary)
                try POSIXFile.sync(descriptor, path: temporary)
            } catch {
                close(descriptor)
                throw error
            }
            try POSIXFile.closeDescriptor(descriptor, path: temporary)
            try POSIXFile.move(temporary, to: target)
        } catch {
            unlink(temporary)
            throw error
        }
        try POSIXFile.syncFolder(folder)
    }
}
