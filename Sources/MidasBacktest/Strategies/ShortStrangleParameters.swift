import MidasCore

/// The parameters of `short_strangle`, decoded strictly from a variant's `params`: `TradeRules`'
/// keys and one of `short_delta`, `short_distance`, `short_distance_fraction` (the short strikes).
public struct ShortStrangleParameters: StrategyParameters, Equatable {
    /// Entry window, exits, positions and lots.
    public var rules: TradeRules
    /// How the short strikes are chosen.
    public var shortStrike: StrikeRule

    /// Creates parameters.
    public init(rules: TradeRules, shortStrike: StrikeRule) {
        self.rules = rules
        self.shortStrike = shortStrike
    }

    /// Decodes a variant's `params` mapping; unknown keys and bad values name their key path.
    public init(node: ConfigNode) throws {
        try node.requireKeys(in: TradeRules.keys.union(StrikeRule.keys))
        rules = try TradeRules(node: node, isCredit: true)
        shortStrike = try StrikeRule(node: node)
    }
}
