/// One raw file a prepared store was built from (its `files` table).
public struct PreparedFile: Sendable, Equatable {
    /// The file's path relative to the symbol's raw folder (`bars_1d.csv`, `chain/2024-03-01.csv`).
    public var path: String
    /// What it holds: `bars`, `vix`, `fii`, `usdinr` or `chain`.
    public var kind: String
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since the epoch (a hint: the fingerprint decides).
    public var modificationTime: Int64
    /// SHA-256 of the content.
    public var fingerprint: Fingerprint
    /// The detected layout (`canonical`, `UDiFF bhavcopy`, …).
    public var format: String
    /// Rows kept.
    public var rows: Int
    /// Rows skipped under `--lenient`.
    public var skipped: Int

    /// Creates a file record.
    public init(
        path: String, kind: String, size: Int64, modificationTime: Int64, fingerprint: Fingerprint, format: String,
        rows: Int, skipped: Int
    ) {
        self.path = path
        self.kind = kind
        self.size = size
        self.modificationTime = modificationTime
        self.fingerprint = fingerprint
        self.format = format
        self.rows = rows
        self.skipped = skipped
    }
}
