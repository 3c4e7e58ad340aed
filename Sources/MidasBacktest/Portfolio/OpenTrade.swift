import MidasCore

/// A trade a strategy holds: what strategies see of their portfolio (a value, read-only to them).
public struct OpenTrade: Sendable, Equatable {
    /// Sequential id within the variant, from 1, in entry order.
    public var id: Int
    /// The entry fill's time.
    public var entryTime: Timestamp
    /// The regime of the bar the entry was decided on.
    public var entryRegime: Regime
    /// The legs, in order.
    public var legs: [TradeLeg]
    /// Net premium received at entry (negative for a debit), rupees.
    public var entryCredit: Double
    /// Net premium paid on closing fills and settlements so far, rupees.
    public var exitDebit: Double
    /// Fees charged so far (entry, exits, exercise STT), rupees.
    public var fees: Double

    /// Creates a trade.
    public init(
        id: Int, entryTime: Timestamp, entryRegime: Regime, legs: [TradeLeg], entryCredit: Double,
        exitDebit: Double = 0, fees: Double = 0
    ) {
        self.id = id
        self.entryTime = entryTime
        self.entryRegime = entryRegime
        self.legs = legs
        self.entryCredit = entryCredit
        self.exitDebit = exitDebit
        self.fees = fees
    }

    /// The open legs' value at their marks, rupees (negative for a net short package).
    public var markValue: Double { legs.reduce(0) { $0 + $1.markValue } }

    /// Profit before fees if the trade closed at its marks: credit + value − debits so far.
    public var markProfit: Double { entryCredit + markValue - exitDebit }

    /// The nearest expiry among the open legs; `nil` when none is open.
    public var nearestExpiry: Day? { legs.filter(\.isOpen).map(\.expiry).min() }

    /// Whether any leg is still held.
    public var isOpen: Bool { legs.contains(where: \.isOpen) }

    /// The legs as `trades.csv` writes them, space-separated.
    public var legsLabel: String { legs.map(\.label).joined(separator: " ") }
}
