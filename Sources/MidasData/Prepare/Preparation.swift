import Foundation
import MidasCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The prepare stage: validates a symbol's raw files and writes the prepared store.
///
/// Incremental: a file whose content fingerprint matches the previous store's record is not
/// parsed again; its rows are copied from the previous store. Chain days are parsed in parallel
/// (`jobs` at a time) and written in day order, so the result does not depend on scheduling.
/// The store is built under a temporary name and renamed into place only when everything
/// succeeded: a failed prepare leaves the previous store byte-identical. An exclusive lock on
/// `<out>.lock` keeps two prepares of one store apart (the second fails, exit 70).
public enum Preparation {
    /// Runs a prepare; `progress` receives one line per stage.
    ///
    /// - Throws: `InputError` for bad input (the first bad file in a fixed order: series, then
    ///   chain days ascending), other errors for failures writing the store.
    public static func run(_ options: PrepareOptions, progress: (String) -> Void = { _ in }) throws
        -> PrepareSummary
    {
        guard let spec = IndexSpec.named(options.symbol) else {
            throw InputError(
                .badValue, file: "--symbol",
                detail:
                    "unknown index '\(options.symbol)'; known: \(IndexSpec.all.map(\.symbol).joined(separator: ", "))")
        }
        let layout = try RawLayout(
            rawDirectory: options.rawDirectory, symbol: spec.symbol, timeframe: options.timeframe)
        let lock = try OutputLock(output: options.output)
        defer { withExtendedLifetime(lock) {} }
        let (previousFiles, fullReason) = previousState(options, symbol: spec.symbol)
        let currentPaths = Set(layout.seriesEntries.map(\.relativePath) + layout.chain.map(\.entry.relativePath))
        let removed = previousFiles.map { $0.keys.filter { !currentPaths.contains($0) }.sorted() } ?? []
        let meta = PreparedMeta(
            schemaVersion: Versions.preparedSchema, symbol: spec.symbol, timeframe: options.timeframe,
            isLenient: options.isLenient, midasVersion: Versions.midas)
        let outputFolder = URL(fileURLWithPath: options.output).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let writer = try PreparedStoreWriter(
            path: options.output, meta: meta, previous: previousFiles == nil ? nil : options.output)
        var tally = Tally()

        progress("prepare: reading bars, VIX, FII and USDINR of \(spec.symbol)")
        for entry in layout.seriesEntries {
            // A file read through a column mapping, or read through one last time, is always re-read
            // (the mapping may have changed).
            let renames = layout.columns.columns(for: entry.relativePath)
            let previous = previousFiles?[entry.relativePath].flatMap { $0.format == "canonical" ? $0 : nil }
            let decision = try FileDecision.make(
                for: entry, previous: renames.isEmpty ? previous : nil, isLenient: options.isLenient)
            switch decision {
            case .reuse(let record):
                try writer.copyTable(entry.kind)
                try writer.insert(file: record)
                tally.unchanged += 1
            case .parse(let bytes, let fingerprint):
                let (rows, skips) = try readSeries(
                    entry, bytes, lenient: options.isLenient, columns: renames, into: writer)
                let format = renames.isEmpty ? "canonical" : "canonical via \(ColumnMapping.fileName)"
                try writer.insert(file: record(entry, fingerprint, format: format, rows: rows, skips: skips))
                tally.reread.append(entry.relativePath)
                tally.skips.merge(skips)
            }
        }

        progress("prepare: reading \(layout.chain.count) chain days (\(options.jobs) at a time)")
        // Batches of days are read in parallel while the previous batch is written.
        let batchSize = options.jobs * 4
        let batches = stride(from: 0, to: layout.chain.count, by: batchSize).map {
            Array(layout.chain[$0..<min($0 + batchSize, layout.chain.count)])
        }
        func read(_ batch: [(day: Day, entry: RawLayout.Entry)]) -> ChainDayBatch.Pending {
            ChainDayBatch.Pending(
                batch, symbol: spec, previous: previousFiles, lenient: options.isLenient, jobs: options.jobs)
        }
        var pending = batches.first.map(read)
        for (number, batch) in batches.enumerated() {
            let outcomes = pending!.wait()
            pending = number + 1 < batches.count ? read(batches[number + 1]) : nil
            for (item, outcome) in zip(batch, outcomes) {
                switch try outcome.get() {
                case .reused(let record):
                    try writer.copyChainDay(item.day)
                    try writer.insert(file: record)
                    tally.unchanged += 1
                case .parsed(let fingerprint, let read):
                    try writer.insertChainDay(
                        item.day, path: item.entry.relativePath, fingerprint: fingerprint, format: read.format.rawValue,
                        quotes: read.quotes)
                    try writer.insert(
                        file: record(
                            item.entry, fingerprint, format: read.format.rawValue, rows: read.quotes.count,
                            skips: read.skips))
                    tally.reread.append(item.entry.relativePath)
                    tally.parsedChainRows += read.quotes.count
                    tally.skips.merge(read.skips)
                }
            }
        }

        progress("prepare: writing \(options.output)")
        try writer.finish()
        let coverage = try PrepareCoverage(store: PreparedStore(path: options.output))
        return PrepareSummary(
            output: options.output, fullRebuildReason: fullReason, reread: tally.reread, unchanged: tally.unchanged,
            removed: removed,
            parsedChainRows: tally.parsedChainRows, skips: tally.skips, coverage: coverage)
    }

    /// What the run has done so far.
    private struct Tally {
        var reread: [String] = []
        var unchanged = 0
        var parsedChainRows = 0
        var skips = RowSkips()
    }

    /// The previous store's file records, or why there are none to use (`nil` records).
    ///
    /// A record whose file was modified no earlier than the store itself is "racily clean" (as git
    /// calls it): a change within the same timestamp tick would keep size and mtime, so its mtime
    /// is cleared and the content fingerprint decides.
    private static func previousState(_ options: PrepareOptions, symbol: String) -> ([String: PreparedFile]?, String?) {
        if options.isFull { return (nil, "--full") }
        guard FileManager.default.fileExists(atPath: options.output) else { return (nil, "no previous store") }
        guard let store = try? PreparedStore(path: options.output) else {
            return (nil, "the previous store is unreadable or of another schema version")
        }
        if store.meta.symbol != symbol { return (nil, "the previous store is of \(store.meta.symbol)") }
        if store.meta.timeframe != options.timeframe {
            return (nil, "the previous store has \(store.meta.timeframe) bars")
        }
        guard var files = try? store.files() else { return (nil, "the previous store's files are unreadable") }
        var info = stat()
        let storeModified = stat(options.output, &info) == 0 ? modificationTime(info) : Int64.min
        for index in files.indices where files[index].modificationTime >= storeModified {
            files[index].modificationTime = -1
        }
        return (Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }), nil)
    }

    /// A file's modification time in nanoseconds since the epoch.
    static func modificationTime(_ info: stat) -> Int64 {
        #if canImport(Darwin)
            Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
            Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    private static func readSeries(
        _ entry: RawLayout.Entry, _ bytes: [UInt8], lenient: Bool, columns: [String: String],
        into writer: PreparedStoreWriter
    ) throws -> (rows: Int, skips: RowSkips) {
        switch entry.kind {
        case "bars":
            let read = try BarReader.read(bytes, file: entry.path, lenient: lenient, columns: columns)
            try writer.insert(bars: read.rows)
            return (read.rows.count, read.skips)
        case "vix":
            let read = try VIXReader.read(bytes, file: entry.path, lenient: lenient, columns: columns)
            try writer.insert(vix: read.rows)
            return (read.rows.count, read.skips)
        case "fii":
            let read = try FIIFlowReader.read(bytes, file: entry.path, lenient: lenient, columns: columns)
            try writer.insert(fii: read.rows)
            return (read.rows.count, read.skips)
        default:
            let read = try USDINRReader.read(bytes, file: entry.path, lenient: lenient, columns: columns)
            try writer.insert(usdinr: read.rows)
            return (read.rows.count, read.skips)
        }
    }

    private static func record(
        _ entry: RawLayout.Entry, _ fingerprint: Fingerprint, format: String, rows: Int, skips: RowSkips
    ) -> PreparedFile {
        PreparedFile(
            path: entry.relativePath, kind: entry.kind, size: entry.size, modificationTime: entry.modificationTime,
            fingerprint: fingerprint, format: format, rows: rows, skipped: skips.total)
    }
}
