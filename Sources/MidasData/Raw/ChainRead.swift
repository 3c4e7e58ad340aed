import MidasCore

/// A chain file's content: its format, its quotes in (timestamp, expiry, type, strike) order,
/// and the rows a lenient read skipped.
public struct ChainRead: Sendable {
    /// The detected layout.
    public var format: ChainFormat
    /// Accepted quotes, sorted by timestamp, expiry, option type (calls first) and strike.
    public var quotes: [OptionQuote]
    /// Rows skipped under `--lenient`.
    public var skips: RowSkips
}
