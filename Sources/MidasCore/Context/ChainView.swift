/// The chain in force at a bar: one snapshot's priced quotes, sorted by expiry, type, strike.
///
/// A view over a slice of a shared array: the artifact keeps every snapshot's quotes in one
/// contiguous array and hands out slices, the dynamic path builds one array per snapshot.
public struct ChainView: Sendable {
    /// The snapshot's time.
    public var timestamp: Timestamp
    /// The snapshot's quotes, sorted by (expiry, type, strike).
    public var quotes: ArraySlice<PricedQuote>

    /// Wraps sorted quotes; `quotes` must be sorted by (expiry, type, strike).
    public init(timestamp: Timestamp, quotes: ArraySlice<PricedQuote>) {
        self.timestamp = timestamp
        self.quotes = quotes
    }

    /// The distinct expiries, ascending (one binary search per expiry, not a scan of the chain).
    public var expiries: [Day] {
        var result: [Day] = []
        var index = quotes.startIndex
        while index < quotes.endIndex {
            let expiry = quotes[index].quote.expiry
            result.append(expiry)
            index = firstIndex(from: index) { $0.quote.expiry > expiry }
        }
        return result
    }

    /// The quotes of one expiry and type, ascending by strike.
    public func quotes(expiry: Day, type: OptionType) -> ArraySlice<PricedQuote> {
        let lower = firstIndex { ($0.quote.expiry, $0.quote.type.rawValue) >= (expiry, type.rawValue) }
        let upper = firstIndex { ($0.quote.expiry, $0.quote.type.rawValue) > (expiry, type.rawValue) }
        return quotes[lower..<upper]
    }

    /// The quote of one contract, if the snapshot has it.
    public func quote(expiry: Day, strike: Double, type: OptionType) -> PricedQuote? {
        let key = (expiry, type.rawValue, strike)
        let index = firstIndex { ($0.quote.expiry, $0.quote.type.rawValue, $0.quote.strike) >= key }
        guard index < quotes.endIndex else { return nil }
        let found = quotes[index]
        return (found.quote.expiry, found.quote.type.rawValue, found.quote.strike) == key ? found : nil
    }

    /// The spot of the snapshot (from its first quote); NaN for an empty chain.
    public var spot: Double { quotes.first?.spot ?? .nan }

    /// Binary search from `start`: the first index whose quote satisfies `predicate` (monotone over the sort order).
    func firstIndex(from start: Int? = nil, where predicate: (PricedQuote) -> Bool) -> Int {
        var low = start ?? quotes.startIndex
        var high = quotes.endIndex
        while low < high {
            let mid = (low + high) / 2
            if predicate(quotes[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
