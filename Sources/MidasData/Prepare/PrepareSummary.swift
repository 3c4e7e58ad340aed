import MidasCore

/// What a prepare did: which files it parsed, which it took over unchanged, what it skipped,
/// and the coverage of the store it wrote.
public struct PrepareSummary: Sendable {
    /// The store written.
    public var output: String
    /// Why every file was read (`--full`, no previous store, another symbol, …); `nil` when incremental.
    public var fullRebuildReason: String?
    /// Files parsed, relative to the symbol folder, in order.
    public var reread: [String]
    /// How many files were taken over from the previous store unchanged.
    public var unchanged: Int
    /// Files of the previous store no longer in the raw folder (their days and rows are dropped), sorted.
    public var removed: [String] = []
    /// Chain rows parsed (not counting rows copied unchanged).
    public var parsedChainRows: Int
    /// Rows skipped under `--lenient`.
    public var skips: RowSkips
    /// What the store covers.
    public var coverage: PrepareCoverage

    /// The report printed after a prepare.
    public var reportLines: [String] {
        var lines = coverage.lines(output: output)
        if let fullRebuildReason {
            lines.append("read all \(reread.count) files (\(fullRebuildReason))")
        } else {
            let listed = reread.prefix(10).joined(separator: ", ") + (reread.count > 10 ? ", …" : "")
            lines.append(
                "re-read \(reread.count) changed or new file\(reread.count == 1 ? "" : "s")"
                    + (reread.isEmpty ? "" : " (\(listed))") + "; \(unchanged) unchanged")
        }
        if !removed.isEmpty {
            let listed = removed.prefix(10).joined(separator: ", ") + (removed.count > 10 ? ", …" : "")
            lines.append("dropped \(removed.count) removed file\(removed.count == 1 ? "" : "s") (\(listed))")
        }
        if !skips.isEmpty {
            lines.append("skipped \(skips.total) bad row\(skips.total == 1 ? "" : "s") (--lenient):")
            lines += skips.summaryLines.map { "  \($0)" }
        }
        return lines
    }
}
