import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds a whole output folder out of sight and swaps it into place in one step.
///
/// Readers of the destination see the complete previous folder or the complete new one, never a
/// half-written mix, and a failed build leaves the previous folder exactly as it was.
///
/// ```swift
/// try OutputFolder.build(at: runURL) { folder in
///     try AtomicFile.write(summary.utf8, to: folder.appendingPathComponent("summary.csv"))
/// }
/// ```
public enum OutputFolder {
    /// Creates the parent folders when missing and a hidden sibling folder, lets `body` fill it, syncs everything in it to disk, and swaps it
    /// with the folder at `url` (or moves it there when there is none); the previous folder is then removed.
    ///
    /// On Linux the swap is `renameat2(RENAME_EXCHANGE)`, on macOS `renamex_np(RENAME_SWAP)`: atomic.
    /// Where the file system cannot exchange, the previous folder is first moved aside, leaving a short
    /// window in which `url` does not exist.
    ///
    /// - Parameter body: receives the temporary folder to write into; its result is returned.
    /// - Throws: whatever `body` throws (the temporary folder is removed, `url` untouched);
    ///   ``InputError`` when `url` exists and is not a folder; ``FileSystemError`` when a step fails.
    public static func build<T>(at url: URL, _ body: (URL) throws -> T) throws -> T {
        let destination = url.standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        if let isFolder = itemKind(at: destination.path), !isFolder {
            throw InputError(.badValue, file: destination.path, detail: "exists and is not a folder")
        }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError("create", path: parent.path, errno: (error as NSError).underlyingPOSIXCode ?? EIO)
        }
        let temporary = parent.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard mkdir(temporary.path, 0o777) == 0 else {
            throw FileSystemError("create", path: temporary.path, errno: errno)
        }
        let result: T
        do {
            result = try body(temporary)
            try syncTree(at: temporary)
            try replace(destination, with: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        try POSIXFile.syncFolder(parent.path)
        return result
    }

    /// Puts `replacement` at `destination`; afterwards `replacement`'s path no longer exists.
    static func replace(_ destination: URL, with replacement: URL, allowsExchange: Bool = true) throws {
        guard itemKind(at: destination.path) != nil else {
            return try POSIXFile.move(replacement.path, to: destination.path)
        }
        if allowsExchange, try exchange(replacement.path, destination.path) {
            // `replacement` now holds the previous folder.
            return try FileManager.default.removeItem(at: replacement)
        }
        let aside = replacement.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).old")
        try POSIXFile.move(destination.path, to: aside.path)
        do {
            try POSIXFile.move(replacement.path, to: destination.path)
        } catch {
            try? POSIXFile.move(aside.path, to: destination.path)
            throw error
        }
        try FileManager.default.removeItem(at: aside)
    }

    /// Atomically exchanges two paths; `false` when the system or file system cannot.
    private static func exchange(_ first: String, _ second: String) throws -> Bool {
        #if canImport(Darwin)
            guard renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 else {
                if errno == ENOTSUP || errno == EINVAL { return false }
                throw FileSystemError("exchange", path: "\(first) with \(second)", errno: errno)
            }
            return true
        #else
            guard let renameat2 = Renameat2.function else { return false }
            guard renameat2(AT_FDCWD, first, AT_FDCWD, second, Renameat2.exchange) == 0 else {
                if errno == ENOSYS || errno == EINVAL { return false }
                throw FileSystemError("exchange", path: "\(first) with \(second)", errno: errno)
            }
            return true
        #endif
    }

    /// `true` for a folder, `false` for anything else, `nil` when nothing is there (symlinks not followed).
    private static func itemKind(at path: String) -> Bool? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Syncs every regular file and folder under `folder` (and `folder` itself) to disk.
    ///
    /// On Linux one `syncfs` of the folder's file system does it with one journal commit and one
    /// device flush, where a sync per file costs one each (a 100-variant run writes 600 files).
    private static func syncTree(at folder: URL) throws {
        #if !canImport(Darwin)
            if let syncfs = SyncFS.function {
                let descriptor = try POSIXFile.openDescriptor(folder.path, flags: O_RDONLY | O_DIRECTORY)
                defer { close(descriptor) }
                guard syncfs(descriptor) == 0 else { throw FileSystemError("sync", path: folder.path, errno: errno) }
                return
            }
        #endif
        let keys: [URLResourceKey] = [.isDirectoryKey, .isRegularFileKey]
        let items = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys)?.allObjects ?? []
        for case let item as URL in items {
            let values = try item.resourceValues(forKeys: Set(keys))
            if values.isDirectory == true {
                try POSIXFile.syncFolder(item.path)
            } else if values.isRegularFile == true {
                let descriptor = try POSIXFile.openDescriptor(item.path, flags: O_RDONLY)
                defer { close(descriptor) }
                try POSIXFile.sync(descriptor, path: item.path)
            }
        }
        try POSIXFile.syncFolder(folder.path)
    }
}

#if !canImport(Darwin)
    /// glibc's `renameat2`, looked up at run time: Swift's Glibc module does not declare it, and the
    /// variadic `syscall` cannot be called from Swift.
    enum Renameat2 {
        typealias Function =
            @convention(c) (
                Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
            ) -> Int32

        /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
        static let exchange: UInt32 = 1 << 1

        /// The function, or `nil` on a C library without it (glibc before 2.28).
        static let function: Function? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Function.self)
        }()
    }
#endif

#if !canImport(Darwin)
    /// glibc's `syncfs`, looked up at run time: Swift's Glibc module does not declare it.
    enum SyncFS {
        typealias Function = @convention(c) (Int32) -> Int32

        /// The function, or `nil` on a C library without it.
        static let function: Function? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "syncfs") else { return nil }
            return unsafeBitCast(symbol, to: Function.self)
        }()
    }
#endif

extension NSError {
    /// The POSIX error code behind a Foundation file error, when there is one.
    fileprivate var underlyingPOSIXCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        return (userInfo[NSUnderlyingErrorKey] as? NSError)?.underlyingPOSIXCode
    }
}
