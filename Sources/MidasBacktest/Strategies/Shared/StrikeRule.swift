import MidasCore

/// How a strategy chooses an out-of-the-money strike: by delta or by distance from spot.
///
/// Pipelines give exactly one of `short_delta`, `short_distance`, `short_distance_fraction`.
public enum StrikeRule: Sendable, Equatable {
    /// The strike whose |delta| is nearest this target (among quotes with a delta).
    case delta(Double)
    /// The listed strike nearest spot ∓ this many points (below spot for puts, above for calls).
    case distance(Double)
    /// The listed strike nearest spot × (1 ∓ this fraction).
    case distanceFraction(Double)

    /// The keys the rule is decoded from.
    static let keys: Set<String> = ["short_delta", "short_distance", "short_distance_fraction"]

    /// Decodes the one rule a `params` mapping gives.
    init(node: ConfigNode) throws {
        let rules: [StrikeRule?] = [
            try node.optional("short_delta").map { .delta(try $0.double(in: 0.001...0.999)) },
            try node.optional("short_distance").map { .distance(try $0.double(in: 0...1e9)) },
            try node.optional("short_distance_fraction").map { .distanceFraction(try $0.double(in: 0...0.999)) },
        ]
        let given = rules.compactMap { $0 }
        guard given.count == 1 else {
            throw node.error(.badValue, "give exactly one of short_delta, short_distance, short_distance_fraction")
        }
        self = given[0]
    }

    /// The chosen strike among one expiry's quotes of a type; ties go to the strike farther from spot.
    public func strike(in quotes: ArraySlice<PricedQuote>, type: OptionType, spot: Double) -> Double? {
        let distance: (PricedQuote) -> Double
        switch self {
        case .delta(let target):
            distance = { $0.delta.isFinite ? abs(abs($0.delta) - target) : .infinity }
        case .distance(let points):
            let goal = spot + type.sign * points
            distance = { abs($0.quote.strike - goal) }
        case .distanceFraction(let fraction):
            let goal = spot * (1 + type.sign * fraction)
            distance = { abs($0.quote.strike - goal) }
        }
        var best: (strike: Double, distance: Double)?
        for quote in quotes {
            let gap = distance(quote)
            guard gap.isFinite else { continue }
            let isFarther = type == .put ? quote.quote.strike < (best?.strike ?? .infinity) : true
            if best == nil || gap < best!.distance || (gap == best!.distance && isFarther) {
                best = (quote.quote.strike, gap)
            }
        }
        return best?.strike
    }
}
