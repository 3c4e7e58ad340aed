import Foundation
import MidasCore

/// A real daily history of the underlying and India VIX that `midas generate` prices its
/// synthetic chains around (instead of simulating the path).
///
/// Both files are read with the prepare stage's readers (so NSE's own downloads and
/// near-canonical files through a `columns.yaml` beside them are accepted, with the same errors).
public struct RealHistory: Sendable {
    /// The underlying's daily bars, ascending.
    public var bars: [Bar]
    /// India VIX by day, ascending.
    public var vix: [VIXDay]

    /// Creates a history from rows already read.
    public init(bars: [Bar], vix: [VIXDay]) {
        self.bars = bars
        self.vix = vix
    }

    /// Reads the underlying's and VIX's history files; a `columns.yaml` in a file's folder maps
    /// its columns (keyed by the file's name, see ``ColumnMapping``).
    ///
    /// - Throws: `InputError` for a missing or bad file.
    public static func read(underlying: String, vix: String) throws -> RealHistory {
        let bars = try BarReader.read(
            try RawFile.bytes(atPath: underlying), file: underlying, columns: try renames(for: underlying))
        let levels = try VIXReader.read(try RawFile.bytes(atPath: vix), file: vix, columns: try renames(for: vix))
        return RealHistory(bars: bars.rows, vix: levels.rows)
    }

    private static func renames(for path: String) throws -> [String: String] {
        let url = URL(fileURLWithPath: path)
        let mappingPath = url.deletingLastPathComponent().appendingPathComponent(ColumnMapping.fileName).path
        guard RawFile.exists(atPath: mappingPath) else { return [:] }
        let text = String(decoding: try RawFile.bytes(atPath: mappingPath), as: UTF8.self)
        return try ColumnMapping.parse(text, file: mappingPath).columns(for: url.lastPathComponent)
    }
}

/// How a replay of a real history lined its days up with the calendar.
public struct ReplayCoverage: Sendable, Equatable {
    /// Days of the underlying in range that became generated days.
    public var days: Int
    /// Of those, days without a VIX row of their own, given the last earlier VIX close.
    public var vixCarried: Int
    /// Days of the underlying in range the NSE calendar has no session for (skipped).
    public var notSessions: Int
    /// Days of the underlying in range before the first VIX row (skipped).
    public var beforeVIX: Int
    /// VIX days in range without an underlying bar (unused).
    public var vixOnly: Int
}
