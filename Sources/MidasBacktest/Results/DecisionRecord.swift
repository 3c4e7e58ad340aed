import MidasCore

/// What happened at a bar, one line each (`decisions.csv`): the audit trail of a run.
public struct DecisionRecord: Sendable, Equatable {
    /// The kind of line.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// Legs settled at expiry.
        case settle
        /// A strategy asked to open a trade.
        case enter
        /// A strategy asked to close a trade.
        case exit
        /// A strategy considered an entry and did not take it (the detail says why).
        case skip
        /// An order filled.
        case filled
        /// An order did not fill (the detail says which leg and why).
        case noFill = "no_fill"
        /// Nothing happened at the bar.
        case hold
        /// A walk-forward window begins: the variant chosen on its training part (the detail names
        /// the window, its days, the variant and its score).
        case select
    }

    /// The bar's time.
    public var timestamp: Timestamp
    /// The bar's regime.
    public var regime: Regime
    /// The chain in force; `nil` when none was.
    public var chainTimestamp: Timestamp?
    /// The kind of line.
    public var action: Action
    /// Free text: the trade, legs, reason.
    public var detail: String

    /// Creates a record.
    public init(timestamp: Timestamp, regime: Regime, chainTimestamp: Timestamp?, action: Action, detail: String) {
        self.timestamp = timestamp
        self.regime = regime
        self.chainTimestamp = chainTimestamp
        self.action = action
        self.detail = detail
    }
}
