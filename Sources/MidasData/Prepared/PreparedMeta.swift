import MidasCore

/// What a prepared store says about itself (its `meta` table and pragmas).
public struct PreparedMeta: Sendable, Equatable {
    /// The schema version it was written with (`PRAGMA user_version`).
    public var schemaVersion: Int32
    /// The index symbol (`NIFTY`).
    public var symbol: String
    /// The bars' timeframe.
    public var timeframe: Timeframe
    /// Whether bad rows were skipped (`--lenient`) rather than rejected.
    public var isLenient: Bool
    /// The Midas version that wrote it (provenance only).
    public var midasVersion: String

    /// Creates store metadata.
    public init(schemaVersion: Int32, symbol: String, timeframe: Timeframe, isLenient: Bool, midasVersion: String) {
        self.schemaVersion = schemaVersion
        self.symbol = symbol
        self.timeframe = timeframe
        self.isLenient = isLenient
        self.midasVersion = midasVersion
    }
}
