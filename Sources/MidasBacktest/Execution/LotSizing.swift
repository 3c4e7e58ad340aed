import MidasCore

/// The lot size of a contract on a trade date (MARKET.md "Lot size"): the contract keeps the lot it
/// was listed with unless the exchange re-lots live contracts.
///
/// A quote's own lot (`OptionQuote.lotSize > 0`, from the data) always wins over this.
public protocol LotSizing: Sendable {
    /// Units per lot of the contract expiring on `expiry`, traded on `tradeDate`.
    func lotSize(expiry: Day, on tradeDate: Day) -> Int
}

/// The pipeline's `execution.lots` override: a fixed size, or sizes by the contract's expiry.
public struct LotOverride: LotSizing, Equatable {
    /// Sizes by expiry: a contract expiring on or after `from` has `size` (the last matching entry).
    public var byExpiry: [(from: Day, size: Int)]

    /// A fixed lot size for every contract.
    public init(size: Int) {
        byExpiry = [(.distantPast, size)]
    }

    /// Sizes by expiry, sorted by `from`.
    public init(byExpiry: [(from: Day, size: Int)]) {
        self.byExpiry = byExpiry
    }

    /// Decodes `{size: N}` or `{by_expiry: [{from: D, size: N}, …]}`; `nil` for an empty mapping.
    public init?(node: ConfigNode) throws {
        try node.requireKeys(in: ["size", "by_expiry"])
        var entries: [(from: Day, size: Int)] = []
        if let size = try node.optional("size") {
            entries.append((.distantPast, try Self.positive(size)))
        }
        if let list = try node.optional("by_expiry") {
            for element in try list.elements() {
                try element.requireKeys(in: ["from", "size"])
                let from = try element.required("from").day()
                guard entries.last.map({ $0.from < from }) ?? true else {
                    throw element.error(.badValue, "entries must be in increasing date order")
                }
                entries.append((from, try Self.positive(try element.required("size"))))
            }
        }
        if entries.isEmpty { return nil }
        byExpiry = entries
    }

    /// The size of the last entry starting on or before `expiry`; the first entry's before it.
    public func lotSize(expiry: Day, on tradeDate: Day) -> Int {
        var size = byExpiry[0].size
        for entry in byExpiry where entry.from <= expiry { size = entry.size }
        return size
    }

    public static func == (lhs: LotOverride, rhs: LotOverride) -> Bool {
        lhs.byExpiry.elementsEqual(rhs.byExpiry) { $0.from == $1.from && $0.size == $1.size }
    }

    private static func positive(_ node: ConfigNode) throws -> Int {
        let size = try node.int()
        guard size > 0 else { throw node.error(.badValue, "a lot size must be positive") }
        return size
    }
}
