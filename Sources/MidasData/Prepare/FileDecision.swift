import MidasCore

/// Whether a raw file can be taken over from the previous store or must be parsed.
enum FileDecision {
    /// Unchanged content: copy its rows; the record carries the file's current size and mtime.
    case reuse(PreparedFile)
    /// New or changed content (or `--full`): parse these bytes.
    case parse(bytes: [UInt8], fingerprint: Fingerprint)

    /// Decides for one file. Same size and mtime as recorded trusts the recorded fingerprint (as
    /// git does); otherwise the content is hashed. A file whose earlier read skipped rows is
    /// re-read by a strict prepare, which must reject them.
    static func make(for entry: RawLayout.Entry, previous: PreparedFile?, isLenient: Bool) throws -> FileDecision {
        if let previous, isLenient || previous.skipped == 0, previous.kind == entry.kind,
            previous.size == entry.size, previous.modificationTime == entry.modificationTime
        {
            return .reuse(previous)
        }
        let bytes = entry.isFolder ? try FolderBundle.bytes(folder: entry.path) : try RawFile.bytes(atPath: entry.path)
        let fingerprint = Fingerprint(of: bytes)
        if var previous, isLenient || previous.skipped == 0, previous.kind == entry.kind,
            previous.fingerprint == fingerprint
        {
            previous.size = entry.size
            previous.modificationTime = entry.modificationTime
            return .reuse(previous)
        }
        return .parse(bytes: bytes, fingerprint: fingerprint)
    }
}
