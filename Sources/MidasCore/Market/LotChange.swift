/// One change of an index's lot size, and which contracts it reaches.
public struct LotChange: Sendable, Hashable {
    /// Which contracts carry the new lot.
    public enum Scope: Sendable, Hashable {
        /// The lot before any change in the table: every contract.
        case base
        /// Every contract traded on or after the day (the exchange re-lots live contracts
        /// when the new lot divides the old one).
        case relot(on: Day)
        /// Contracts listed with the new lot (the new lot does not divide the old one):
        /// weekly expiries from `firstWeekly`, monthly expiries from `firstMonthly`.
        case newContracts(firstWeekly: Day, firstMonthly: Day)
    }

    /// The lot size in units of the index.
    public var lot: Int
    /// Which contracts it applies to.
    public var scope: Scope

    /// Creates a change.
    public init(lot: Int, scope: Scope) {
        self.lot = lot
        self.scope = scope
    }
}
