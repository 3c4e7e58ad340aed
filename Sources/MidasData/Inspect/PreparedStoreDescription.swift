import Foundation
import MidasCore

/// What `midas inspect` shows of a prepared store: identity, ranges, row counts, input fingerprints.
public struct PreparedStoreDescription: Sendable, Equatable, Codable {
    /// A first and last date (ISO).
    public struct DateRange: Sendable, Equatable, Codable {
        /// The first date.
        public var from: String
        /// The last date.
        public var to: String
    }

    /// One raw input file.
    public struct InputFile: Sendable, Equatable, Codable {
        /// Path relative to the symbol's raw folder.
        public var path: String
        /// `bars`, `vix`, `fii`, `usdinr` or `chain`.
        public var kind: String
        /// The detected layout.
        public var format: String
        /// Rows kept.
        public var rows: Int
        /// Rows skipped under `--lenient`.
        public var skipped: Int
        /// Size in bytes.
        public var size: Int64
        /// SHA-256 of the content.
        public var fingerprint: String
    }

    /// Always `prepared`.
    public var kind: String
    /// The store's path.
    public var path: String
    /// `PRAGMA user_version`.
    public var schemaVersion: Int32
    /// The index symbol.
    public var symbol: String
    /// The bars' timeframe.
    public var timeframe: String
    /// Whether bad rows were skipped when it was built.
    public var lenient: Bool
    /// The Midas version that wrote it.
    public var midasVersion: String
    /// Date ranges of the bars, the chain days and the daily series (absent when empty).
    public var ranges: [String: DateRange]
    /// Rows per table.
    public var rowCounts: [String: Int]
    /// The raw files it was built from, by path.
    public var files: [InputFile]

    /// Describes the store at `path`.
    public init(path: String) throws {
        let store = try PreparedStore(path: path)
        kind = "prepared"
        self.path = path
        schemaVersion = store.meta.schemaVersion
        symbol = store.meta.symbol
        timeframe = store.meta.timeframe.rawValue
        lenient = store.meta.isLenient
        midasVersion = store.meta.midasVersion
        func range(_ days: [Day]) -> DateRange? {
            guard let first = days.first, let last = days.last else { return nil }
            return DateRange(from: first.description, to: last.description)
        }
        var ranges: [String: DateRange] = [:]
        ranges["bars"] = range(try store.bars().map(\.timestamp.istDay))
        ranges["chain"] = range(try store.chainDays().map(\.day))
        ranges["vix"] = range(try store.vix().map(\.day))
        ranges["fii"] = range(try store.fiiFlows().map(\.day))
        ranges["usdinr"] = range(try store.usdinr().map(\.day))
        self.ranges = ranges
        rowCounts = Dictionary(try store.rowCounts().map { ($0.table, $0.rows) }, uniquingKeysWith: +)
        files = try store.files().map {
            InputFile(
                path: $0.path, kind: $0.kind, format: $0.format, rows: $0.rows, skipped: $0.skipped, size: $0.size,
                fingerprint: $0.fingerprint.hex)
        }
    }

    /// The description as JSON with sorted, snake_case keys.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The description as text lines.
    public var lines: [String] {
        var lines = [
            "\(path): prepared store (schema \(schemaVersion), written by midas \(midasVersion))",
            "symbol: \(symbol)  timeframe: \(timeframe)  lenient: \(lenient)",
        ]
        for name in ["bars", "chain", "vix", "fii", "usdinr"] {
            lines.append("\(name): " + (ranges[name].map { "\($0.from) … \($0.to)" } ?? "none"))
        }
        lines.append("rows: " + PreparedSchema.dataTables.map { "\($0) \(rowCounts[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("files (\(files.count)):")
        lines += files.map {
            "  \($0.fingerprint)  \($0.path)  \($0.format), \($0.rows) rows"
                + ($0.skipped > 0 ? ", \($0.skipped) skipped" : "")
        }
        return lines
    }
}
