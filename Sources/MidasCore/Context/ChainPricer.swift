import Foundation

/// Prices one chain snapshot: marks, forwards, times to expiry, implied volatilities and greeks.
///
/// This is the one function behind every `PricedQuote`, called by the precompute stage for the
/// artifact and by the dynamic path bar by bar, so both see identical numbers. It is a pure,
/// deterministic function of its inputs (the same distinct contracts in any order → the same output).
///
/// Per quote: the spot is its `underlying`, else the snapshot spot given; T runs to 15:30 IST
/// on expiry (`TimeToExpiry`); the forward is the quote's `future` when present, else
/// spot·e^((r−q)T); the discount e^(−rT). The mark follows `MarkPrice.observed`; the IV is
/// solved from it and the greeks taken at that IV. Then, per expiry, a `Smile` fitted to the
/// quotes with an observed mark and an IV (out-of-the-money ones when there are three or more,
/// weighted by vega) prices the quotes without a mark (rule `model`, IV = the smile's). At or
/// after expiry a quote without a mark is marked at its intrinsic value (rule `model`, status
/// `expired`). With `MarkSettings.allowsModel` false those quotes keep rule `none` and a NaN mark.
public struct ChainPricer: Sendable {
    /// The continuous risk-free rate r.
    public var rate: Double
    /// The continuous dividend yield q.
    public var dividendYield: Double
    /// The mark-price rule's settings.
    public var mark: MarkSettings

    /// Creates a pricer for a pipeline's `context` settings.
    public init(rate: Double, dividendYield: Double, mark: MarkSettings = MarkSettings()) {
        self.rate = rate
        self.dividendYield = dividendYield
        self.mark = mark
    }

    /// Prices one snapshot's quotes (one timestamp).
    ///
    /// - Parameters:
    ///   - quotes: the snapshot's quotes, in any order.
    ///   - spot: the spot for quotes without `underlying` (the bar's close).
    /// - Returns: one priced quote per quote, sorted by (expiry, type, strike).
    public func price(_ quotes: [OptionQuote], spot: Double) -> [PricedQuote] {
        var order = quotes.indices.map { SortKey(quotes[$0], index: $0) }
        order.sort { $0.precedes($1) }
        var priced: [PricedQuote] = []
        priced.reserveCapacity(quotes.count)
        for key in order {
            priced.append(priceObserved(quotes[key.index], spot: spot))
        }
        if mark.allowsModel {
            var all: [Smile.Point] = []
            var outOfTheMoney: [Smile.Point] = []
            var start = 0
            while start < priced.count {
                var end = start + 1
                while end < priced.count, priced[end].quote.expiry == priced[start].quote.expiry { end += 1 }
                fillModelMarks(&priced, range: start..<end, all: &all, outOfTheMoney: &outOfTheMoney)
                start = end
            }
        }
        return priced
    }

    /// A quote priced from what it shows itself (mid, last, settle), or left without a mark.
    func priceObserved(_ quote: OptionQuote, spot snapshotSpot: Double) -> PricedQuote {
        let spot = Self.spot(underlying: quote.underlying, snapshotSpot: snapshotSpot)
        let time = TimeToExpiry.years(from: quote.timestamp, expiry: quote.expiry)
        let carryTime = max(time, 0)
        let forward =
            quote.future > 0 && quote.future.isFinite
            ? quote.future
            : Black76.forward(spot: spot, rate: rate, dividendYield: dividendYield, time: carryTime)
        let observed = MarkPrice.observed(quote, settings: mark)
        var result = PricedQuote(
            quote: quote, mark: observed.price, markRule: observed.rule, spot: spot, forward: forward,
            timeToExpiry: time, rate: rate, iv: .nan, ivStatus: time > 0 ? .noPrice : .expired,
            delta: .nan, gamma: .nan, theta: .nan, vega: .nan)
        guard observed.rule != .none else { return result }
        let discount = exp(-rate * carryTime)
        let solution = ImpliedVolatility.solve(
            price: observed.price, forward: forward, strike: quote.strike, time: time, discount: discount,
            type: quote.type)
        result.ivStatus = solution.status
        if solution.status == .ok {
            result.iv = solution.vol
            setGreeks(&result, volatility: solution.vol, discount: discount)
        }
        return result
    }

    /// The spot a quote is priced from: its own `underlying` when it has a positive one, else the snapshot's.
    @inline(__always)
    public static func spot(underlying: Double, snapshotSpot: Double) -> Double {
        underlying > 0 && underlying.isFinite ? underlying : snapshotSpot
    }

    /// Marks the quotes of one expiry that have none from the expiry's fitted smile.
    func fillModelMarks(
        _ priced: inout [PricedQuote], range: Range<Int>, all: inout [Smile.Point],
        outOfTheMoney: inout [Smile.Point]
    ) {
        guard priced[range].contains(where: { $0.markRule == .none }) else { return }
        all.removeAll(keepingCapacity: true)
        outOfTheMoney.removeAll(keepingCapacity: true)
        for i in range where priced[i].markRule != .none && priced[i].ivStatus == .ok {
            let q = priced[i]
            let point = Smile.Point(
                logMoneyness: log(q.quote.strike / q.forward), volatility: q.iv, weight: q.vega)
            all.append(point)
            if q.quote.type.sign * (q.quote.strike - q.forward) >= 0 { outOfTheMoney.append(point) }
        }
        let smile = Smile.fit(outOfTheMoney.count >= 3 ? outOfTheMoney : all)
        for i in range where priced[i].markRule == .none {
            let q = priced[i].quote
            let forward = priced[i].forward
            let time = priced[i].timeToExpiry
            guard time > 0 else {
                priced[i].mark = max(q.type.sign * (forward - q.strike), 0)
                priced[i].markRule = .model
                continue
            }
            guard let smile else { continue }
            let volatility = smile.volatility(logMoneyness: log(q.strike / forward))
            let discount = exp(-rate * time)
            priced[i].mark = Black76.price(
                forward: forward, strike: q.strike, time: time, volatility: volatility, discount: discount, type: q.type
            )
            priced[i].markRule = .model
            priced[i].iv = volatility
            priced[i].ivStatus = .ok
            setGreeks(&priced[i], volatility: volatility, discount: discount)
        }
    }

    /// A quote's place in the (expiry, type, strike) order, packed into plain integers; the
    /// input position breaks ties so the order never depends on the sort algorithm.
    struct SortKey {
        /// Expiry (days since 1970, offset to be non-negative) and type.
        var contract: UInt64
        /// The strike's bit pattern, which orders like the strike for positive values.
        var strike: UInt64
        /// The quote's position in the input.
        var index: Int

        init(_ quote: OptionQuote, index: Int) {
            let day = UInt64(Int64(quote.expiry.daysSinceEpoch) - Int64(Int32.min))
            contract = day << 1 | UInt64(quote.type.rawValue)
            strike = quote.strike > 0 ? quote.strike.bitPattern : 0
            self.index = index
        }

        @inline(__always)
        func precedes(_ other: SortKey) -> Bool {
            if contract != other.contract { return contract < other.contract }
            if strike != other.strike { return strike < other.strike }
            return index < other.index
        }
    }

    func setGreeks(_ quote: inout PricedQuote, volatility: Double, discount: Double) {
        let greeks = Black76.greeks(
            spot: quote.spot, forward: quote.forward, strike: quote.quote.strike, time: quote.timeToExpiry,
            volatility: volatility, discount: discount, type: quote.quote.type)
        quote.delta = greeks.delta
        quote.gamma = greeks.gamma
        quote.theta = greeks.theta
        quote.vega = greeks.vega
    }
}
