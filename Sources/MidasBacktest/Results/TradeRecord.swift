import MidasCore

/// One trade from entry to exit (`trades.csv`).
public struct TradeRecord: Sendable, Equatable {
    /// Sequential id within the variant.
    public var tradeID: Int
    /// The strategy's name.
    public var strategy: String
    /// The entry fill's time.
    public var entryTime: Timestamp
    /// The last closing fill's time; `nil` while open.
    public var exitTime: Timestamp?
    /// The legs, e.g. `+21800PE@2024-03-07 -22000PE@2024-03-07`.
    public var legs: String
    /// Net premium received at entry, rupees.
    public var entryCredit: Double
    /// Net premium paid to close (settlements included), rupees.
    public var exitDebit: Double
    /// Every fee of the trade, rupees.
    public var fees: Double
    /// entry credit − exit debit − fees.
    public var pnl: Double
    /// Why it closed; `nil` while open.
    public var exitReason: FillReason?
    /// The regime of the bar the entry was decided on.
    public var entryRegime: Regime

    /// Creates a record.
    public init(
        tradeID: Int, strategy: String, entryTime: Timestamp, exitTime: Timestamp?, legs: String,
        entryCredit: Double, exitDebit: Double, fees: Double, pnl: Double, exitReason: FillReason?,
        entryRegime: Regime
    ) {
        self.tradeID = tradeID
        self.strategy = strategy
        self.entryTime = entryTime
        self.exitTime = exitTime
        self.legs = legs
        self.entryCredit = entryCredit
        self.exitDebit = exitDebit
        self.fees = fees
        self.pnl = pnl
        self.exitReason = exitReason
        self.entryRegime = entryRegime
    }
}
