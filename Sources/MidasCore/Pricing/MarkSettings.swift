/// The pipeline's mark-price settings (`context.mark`), with their defaults.
///
/// ```yaml
/// context:
///   mark:
///     max_spread: 0.25            # the mid is used when ask − bid ≤ this share of the mid…
///     max_spread_points: 1.0      # …or when ask − bid ≤ this many index points
///     allow_model: true           # price quotes nothing else prices from the day's fitted smile
///     prefer: mid                 # or `last`: a positive last price comes first (NSE's published-IV convention)
/// ```
///
/// The two spread limits are alternatives: a cheap far-from-the-money option quoted 0.05/0.10
/// has a 67% spread but a sound 0.075 mid, which the point limit accepts; a liquid option's
/// spread is a small share of its mid, which the fraction accepts.
public struct MarkSettings: Sendable, Equatable {
    /// The widest spread, as a share of the mid, at which the mid is the mark (`max_spread`).
    public var maxSpreadFraction: Double
    /// The widest spread, in price points, at which the mid is the mark.
    public var maxSpreadPoints: Double
    /// Whether quotes without a mid, a trade or a settlement price get a model price.
    public var allowsModel: Bool
    /// Whether a positive last price is the mark before the mid (`prefer: last`), traded that day
    /// or not: the price NSE computes its published implied volatility from.
    public var prefersLast: Bool

    /// Creates settings; the defaults are those of a pipeline without `context.mark`.
    public init(
        maxSpreadFraction: Double = 0.25, maxSpreadPoints: Double = 1.0, allowsModel: Bool = true,
        prefersLast: Bool = false
    ) {
        self.maxSpreadFraction = maxSpreadFraction
        self.maxSpreadPoints = maxSpreadPoints
        self.allowsModel = allowsModel
        self.prefersLast = prefersLast
    }

    /// The keys `context.mark` accepts.
    public static let keys: Set<String> = ["max_spread", "max_spread_points", "allow_model", "prefer"]

    /// Decodes `context.mark` strictly; `nil` (no `mark` key) gives the defaults.
    public init(node: ConfigNode?) throws {
        self.init()
        guard let node else { return }
        try node.requireKeys(in: Self.keys)
        if let value = try node.optional("max_spread") {
            maxSpreadFraction = try value.double(in: 0...10)
        }
        if let value = try node.optional("max_spread_points") {
            maxSpreadPoints = try value.double(in: 0...1_000_000)
        }
        if let value = try node.optional("allow_model") {
            allowsModel = try value.bool()
        }
        if let value = try node.optional("prefer") {
            switch try value.string() {
            case "mid": prefersLast = false
            case "last": prefersLast = true
            default: throw value.error(.badValue, "expected mid or last")
            }
        }
    }

    /// Whether a two-sided book's spread is narrow enough for its mid to be the mark.
    @inlinable
    public func acceptsSpread(bid: Double, ask: Double) -> Bool {
        let spread = ask - bid
        return spread <= maxSpreadPoints || spread <= maxSpreadFraction * 0.5 * (bid + ask)
    }
}
