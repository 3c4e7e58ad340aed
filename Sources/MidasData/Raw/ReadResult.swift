/// What a raw reader returns: the valid rows, in order, and the rows a lenient read skipped.
public struct ReadResult<Row: Sendable>: Sendable {
    /// The accepted rows.
    public var rows: [Row]
    /// The rows skipped under `--lenient` (always empty in a strict read, which throws instead).
    public var skips: RowSkips

    /// Wraps rows and skips.
    public init(rows: [Row], skips: RowSkips = RowSkips()) {
        self.rows = rows
        self.skips = skips
    }
}
