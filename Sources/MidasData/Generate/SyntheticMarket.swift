import Foundation
import MidasCore

/// `midas generate`: a deterministic, realistic synthetic raw data set in SPEC.md's layout.
///
/// Under `folder/<SYMBOL>/` it writes `bars_<timeframe>.csv`, `vix.csv`, `fii.csv`,
/// `usdinr.csv` and one `chain/<YYYY-MM-DD>.csv` per trading day of the calendar (special
/// sessions included, stamped at their own close). The same settings give byte-identical
/// files, and a longer range with the same seed and start reproduces the shorter one's files
/// byte for byte (each day draws from streams keyed by the seed and the day). Chain days are
/// built in parallel; every file is written atomically, and a file that already holds the
/// same bytes is left untouched. Chain files in the folder for days outside the generated set
/// are removed, so the folder always holds one coherent data set.
public enum SyntheticMarket {
    /// What a generation wrote.
    public struct Summary: Sendable, Equatable {
        /// The folder holding the symbol's files.
        public var folder: URL
        /// Trading days generated.
        public var days: Int
        /// Rows of `bars_<timeframe>.csv`.
        public var bars: Int
        /// Chain rows over all days.
        public var chainRows: Int
        /// Bytes of all chain files.
        public var chainBytes: Int
        /// How the real history's days were used (`nil` for a simulated path).
        public var replay: ReplayCoverage?
    }

    /// Generates the data set of `settings` under `folder`.
    ///
    /// With a real `history`, the underlying and VIX are the history's (``MarketPath/replay(_:_:calendar:)``
    /// says how days are matched), the chains are priced around them as usual, bars are daily only,
    /// and no FII or USDINR files are written (any left from an earlier generation are removed).
    ///
    /// - Throws: `InputError` for settings out of range; `FileSystemError` when a file
    ///   cannot be written.
    @discardableResult
    public static func generate(
        _ settings: GenerateSettings, into folder: URL, calendar: TradingCalendar = .nse, history: RealHistory? = nil
    ) throws -> Summary {
        try settings.validate()
        let days: [SimulatedDay]
        let replay: ReplayCoverage?
        if let history {
            guard settings.timeframe == .daily else {
                throw InputError(
                    .badValue, file: "--timeframe", detail: "a real --underlying history gives daily bars only (1d)")
            }
            (days, replay) = MarketPath.replay(history, settings, calendar: calendar)
            guard !days.isEmpty else {
                throw InputError(
                    .emptyFile, file: "--underlying",
                    detail: "no session of the history lies in \(settings.from)…\(settings.to)")
            }
        } else {
            days = MarketPath.simulate(settings, calendar: calendar)
            replay = nil
        }
        let symbolFolder = folder.appendingPathComponent(settings.index.symbol, isDirectory: true)
        let chainFolder = symbolFolder.appendingPathComponent("chain", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: chainFolder, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError("create directory", path: chainFolder.path, errno: posixCode(of: error))
        }

        let bars = DailySeriesWriter.bars(days, timeframe: settings.timeframe)
        try write(bars.bytes, to: symbolFolder.appendingPathComponent("bars_\(settings.timeframe).csv"))
        try write(DailySeriesWriter.vix(days).bytes, to: symbolFolder.appendingPathComponent("vix.csv"))
        for (name, output) in [
            ("fii.csv", DailySeriesWriter.fii(days)), ("usdinr.csv", DailySeriesWriter.usdinr(days)),
        ] {
            let url = symbolFolder.appendingPathComponent(name)
            if history == nil {
                try write(output.bytes, to: url)
            } else if FileManager.default.fileExists(atPath: url.path) {
                do {
                    try FileManager.default.removeItem(at: url)
                } catch {
                    throw FileSystemError("remove", path: url.path, errno: posixCode(of: error))
                }
            }
        }

        let chain = SyntheticChain(
            settings: settings, expiries: .standard(for: settings.index, calendar: calendar),
            lots: .standard(for: settings.index, calendar: calendar), profile: .of(settings.index))
        let results = ChainResults(count: days.count)
        DispatchQueue.concurrentPerform(iterations: days.count) { index in
            let file = chain.file(for: days[index])
            let url = chainFolder.appendingPathComponent("\(days[index].day).csv")
            do {
                try write(file.bytes, to: url)
                results.record(index, rows: file.rows, bytes: file.bytes.count)
            } catch {
                results.record(index, error: error)
            }
        }
        if let error = results.firstError { throw error }
        try removeStaleChainFiles(in: chainFolder, keeping: Set(days.map { "\($0.day).csv" }))
        return Summary(
            folder: symbolFolder, days: days.count, bars: bars.rows, chainRows: results.rows.reduce(0, +),
            chainBytes: results.bytes.reduce(0, +), replay: replay)
    }

    /// Writes `bytes` atomically, unless the file already holds exactly these bytes (extending a
    /// range or re-running the demo then rewrites only what changed).
    private static func write(_ bytes: [UInt8], to url: URL) throws {
        if let existing = FileManager.default.contents(atPath: url.path), existing.elementsEqual(bytes) { return }
        try AtomicFile.write(bytes, to: url)
    }

    /// Removes `YYYY-MM-DD.csv` files of days not in `keeping` (left by an earlier, longer run).
    private static func removeStaleChainFiles(in folder: URL, keeping: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".csv") && !keeping.contains(name) {
            guard Day(iso: name.dropLast(4)) != nil else { continue }
            do {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            } catch {
                throw FileSystemError(
                    "remove", path: folder.appendingPathComponent(name).path, errno: posixCode(of: error))
            }
        }
    }
}

/// The POSIX error number behind a Foundation file error (`EIO` when there is none).
private func posixCode(of error: any Error) -> Int32 {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    return Int32(underlying?.code ?? Int(EIO))
}

/// Per-day results of the parallel chain writers, gathered under a lock.
private final class ChainResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var rows: [Int]
    private(set) var bytes: [Int]
    private var errors: [(Int, any Error)] = []

    init(count: Int) {
        rows = Array(repeating: 0, count: count)
        bytes = Array(repeating: 0, count: count)
    }

    func record(_ index: Int, rows: Int, bytes: Int) {
        lock.withLock {
            self.rows[index] = rows
            self.bytes[index] = bytes
        }
    }

    func record(_ index: Int, error: any Error) {
        lock.withLock { errors.append((index, error)) }
    }

    /// The error of the earliest failed day (deterministic whatever the thread timing).
    var firstError: (any Error)? {
        lock.withLock { errors.min { $0.0 < $1.0 }?.1 }
    }
}
