import MidasCore

/// What `midas generate` makes: the index, the date range, the bar timeframe, the seed and
/// the shape of the chains.
public struct GenerateSettings: Sendable, Hashable {
    /// The index to simulate.
    public var index: IndexSpec
    /// First day of the data set (non-trading days are skipped).
    public var from: Day
    /// Last day of the data set.
    public var to: Day
    /// The bar timeframe of `bars_<timeframe>.csv`.
    public var timeframe: Timeframe
    /// The random seed: the same seed gives byte-identical files.
    public var seed: UInt64
    /// Minutes between intraday chain snapshots (a multiple of 5); daily data has one
    /// snapshot at each session's close.
    public var chainEveryMinutes: Int
    /// Listed strikes lie within ±`strikeBand` of the day's opening level.
    public var strikeBand: Double
    /// Nearest weekly-series expiries listed each day.
    public var weeklies: Int
    /// Nearest monthly expiries listed each day.
    public var monthlies: Int
    /// Continuous risk-free rate used to price the chain.
    public var rate: Double
    /// Continuous dividend yield of the index used to price the chain.
    public var dividendYield: Double

    /// Creates settings; the defaults match the demo pipelines.
    public init(
        index: IndexSpec, from: Day, to: Day, timeframe: Timeframe = .daily, seed: UInt64 = 1,
        chainEveryMinutes: Int = 15, strikeBand: Double = 0.10, weeklies: Int = 4, monthlies: Int = 3,
        rate: Double = 0.065, dividendYield: Double = 0.012
    ) {
        self.index = index
        self.from = from
        self.to = to
        self.timeframe = timeframe
        self.seed = seed
        self.chainEveryMinutes = chainEveryMinutes
        self.strikeBand = strikeBand
        self.weeklies = weeklies
        self.monthlies = monthlies
        self.rate = rate
        self.dividendYield = dividendYield
    }

    /// Throws `InputError` naming the flag of a setting out of range.
    public func validate() throws {
        guard from <= to else {
            throw InputError(.badValue, file: "--to", detail: "\(to) is before --from \(from)")
        }
        guard chainEveryMinutes >= 5, chainEveryMinutes % 5 == 0 else {
            throw InputError(
                .badValue, file: "--chain-every",
                detail: "\(chainEveryMinutes): want a positive multiple of 5 minutes")
        }
        guard strikeBand > 0, strikeBand <= 0.5 else {
            throw InputError(
                .badValue, file: "--strike-band", detail: "\(strikeBand): want (0, 0.5]")
        }
        guard weeklies >= 0, monthlies >= 0, weeklies + monthlies > 0 else {
            throw InputError(
                .badValue, file: "--weeklies", detail: "want counts >= 0 with at least one expiry listed")
        }
    }
}
