import MidasCore

/// Finds the first bar whose context differs between two sources (DESIGN.md "Parity is layered").
///
/// Doubles are compared bit for bit, so −0.0 against 0.0 or two different NaN payloads count as
/// differences: parity means the precomputed path reads back exactly what the dynamic path computes.
public enum ContextParity {
    /// A sentence naming the first differing bar and field, or `nil` when every context is identical.
    public static func firstDifference(_ a: some BarContextSource, _ b: some BarContextSource) throws -> String? {
        guard a.bars.count == b.bars.count else { return "bar counts differ: \(a.bars.count) and \(b.bars.count)" }
        for index in a.bars.indices {
            let left = try a.context(at: index)
            let right = try b.context(at: index)
            if let field = difference(left, right) {
                return "bar \(index) (\(left.bar.timestamp)): \(field) differs"
            }
        }
        return nil
    }

    /// The first differing field of two contexts of the same bar, or `nil`.
    static func difference(_ a: BarContext, _ b: BarContext) -> String? {
        if a.index != b.index || a.bar.timestamp != b.bar.timestamp { return "bar index or time" }
        if !same(
            [a.bar.open, a.bar.high, a.bar.low, a.bar.close, a.bar.volume],
            [
                b.bar.open, b.bar.high, b.bar.low, b.bar.close, b.bar.volume,
            ])
        {
            return "bar prices"
        }
        if a.regime != b.regime { return "regime (\(a.regime) vs \(b.regime))" }
        if a.features.names != b.features.names { return "feature names" }
        for (name, pair) in zip(a.features.names, zip(a.features.values, b.features.values))
        where pair.0.bitPattern != pair.1.bitPattern {
            return "feature \(name) (\(pair.0) vs \(pair.1))"
        }
        switch (a.chain, b.chain) {
        case (nil, nil): return nil
        case (let left?, let right?): return difference(left, right)
        default: return "chain in force (one side has none)"
        }
    }

    static func difference(_ a: ChainView, _ b: ChainView) -> String? {
        if a.timestamp != b.timestamp { return "chain timestamp (\(a.timestamp) vs \(b.timestamp))" }
        if a.quotes.count != b.quotes.count { return "chain quote count (\(a.quotes.count) vs \(b.quotes.count))" }
        for (left, right) in zip(a.quotes, b.quotes) where !same(left, right) {
            return "quote \(left.quote.expiry) \(left.quote.strike) \(left.quote.type)"
        }
        return nil
    }

    static func same(_ a: PricedQuote, _ b: PricedQuote) -> Bool {
        a.quote.timestamp == b.quote.timestamp && a.quote.expiry == b.quote.expiry && a.quote.type == b.quote.type
            && a.quote.lotSize == b.quote.lotSize && a.markRule == b.markRule && a.ivStatus == b.ivStatus
            && same(numbers(a), numbers(b))
    }

    static func numbers(_ q: PricedQuote) -> [Double] {
        [
            q.quote.strike, q.quote.bid, q.quote.ask, q.quote.last, q.quote.settle, q.quote.volume,
            q.quote.openInterest, q.quote.underlying, q.quote.future, q.quote.referenceIV, q.mark, q.spot, q.forward,
            q.timeToExpiry, q.rate, q.iv, q.delta, q.gamma, q.theta, q.vega,
        ]
    }

    static func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
}
