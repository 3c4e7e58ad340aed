import Foundation
import MidasCore

/// What `midas prepare` was asked to do.
public struct PrepareOptions: Sendable {
    /// The raw folder holding `<SYMBOL>/`.
    public var rawDirectory: String
    /// The index symbol (`NIFTY`, `BANKNIFTY`).
    public var symbol: String
    /// The prepared store to write.
    public var output: String
    /// Which bars file to read (`bars_<timeframe>.csv`).
    public var timeframe: Timeframe
    /// Re-read every file, ignoring the previous store.
    public var isFull: Bool
    /// Skip bad rows (counting them by reason) instead of rejecting the input. Problems of a whole
    /// file (missing file or column, empty file, unknown format) still fail.
    public var isLenient: Bool
    /// How many chain days to parse at once.
    public var jobs: Int

    /// Creates options; `jobs` defaults to the number of active cores.
    public init(
        rawDirectory: String, symbol: String, output: String, timeframe: Timeframe = .daily, isFull: Bool = false,
        isLenient: Bool = false, jobs: Int? = nil
    ) {
        self.rawDirectory = rawDirectory
        self.symbol = symbol
        self.output = output
        self.timeframe = timeframe
        self.isFull = isFull
        self.isLenient = isLenient
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
