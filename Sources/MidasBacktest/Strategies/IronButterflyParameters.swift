import MidasCore

/// The parameters of `iron_butterfly`, decoded strictly from a variant's `params`: `TradeRules`'
/// keys and `wing_width` (required: points from the at-the-money strike to each long wing).
public struct IronButterflyParameters: StrategyParameters, Equatable {
    /// Entry window, exits, positions and lots.
    public var rules: TradeRules
    /// Points between the short strike and each wing.
    public var wingWidth: Double

    /// Creates parameters.
    public init(rules: TradeRules, wingWidth: Double) {
        self.rules = rules
        self.wingWidth = wingWidth
    }

    /// Decodes a variant's `params` mapping; unknown keys and bad values name their key path.
    public init(node: ConfigNode) throws {
        try node.requireKeys(in: TradeRules.keys.union(["wing_width"]))
        rules = try TradeRules(node: node, isCredit: true)
        wingWidth = try node.required("wing_width").positive()
    }
}
