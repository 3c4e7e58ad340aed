#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin throwing wrappers over the POSIX calls that durable writes need.
enum POSIXFile {
    /// Opens `path`, retrying on `EINTR`.
    static func openDescriptor(_ path: String, flags: Int32, mode: mode_t = 0o666) throws -> Int32 {
        while true {
            let descriptor = open(path, flags | O_CLOEXEC, mode)
            if descriptor >= 0 { return descriptor }
            if errno != EINTR { throw FileSystemError("open", path: path, errno: errno) }
        }
    }

    /// Writes all of `bytes` to `descriptor`, looping over short writes.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSystemError("write", path: path, errno: errno)
            }
            offset += written
        }
    }

    /// Flushes `descriptor`'s data and metadata to the device.
    static func sync(_ descriptor: Int32, path: String) throws {
        guard fsync(descriptor) == 0 else { throw FileSystemError("sync", path: path, errno: errno) }
    }

    /// Closes `descriptor`; a failed close can mean lost data, so it throws.
    static func closeDescriptor(_ descriptor: Int32, path: String) throws {
        guard close(descriptor) == 0 else { throw FileSystemError("close", path: path, errno: errno) }
    }

    /// Syncs the folder at `path`, making renames and creations inside it durable.
    static func syncFolder(_ path: String) throws {
        let descriptor = try openDescriptor(path, flags: O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        try sync(descriptor, path: path)
    }

    /// Renames `source` to `destination`, replacing a file there.
    static func move(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw FileSystemError("rename", path: "\(source) to \(destination)", errno: errno)
        }
    }
}
