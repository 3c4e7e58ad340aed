import MidasCore

/// The parameters of the winged credit strategies (`iron_condor`, `bull_put_spread`,
/// `bear_call_spread`), decoded strictly from a variant's `params`: `TradeRules`' keys and
///
/// | key | meaning | default |
/// | --- | --- | --- |
/// | `short_delta` | target \|delta\| of the short legs | one of these three |
/// | `short_distance` | short strikes this many points from spot | |
/// | `short_distance_fraction` | short strikes this fraction of spot away | |
/// | `wing_width` | points from each short strike to its long wing | required |
public struct SpreadParameters: StrategyParameters, Equatable {
    /// Entry window, exits, positions and lots.
    public var rules: TradeRules
    /// How short strikes are chosen.
    public var shortStrike: StrikeRule
    /// Points between each short strike and its wing.
    public var wingWidth: Double

    /// Creates parameters.
    public init(rules: TradeRules, shortStrike: StrikeRule, wingWidth: Double) {
        self.rules = rules
        self.shortStrike = shortStrike
        self.wingWidth = wingWidth
    }

    /// Decodes a variant's `params` mapping; unknown keys and bad values name their key path.
    public init(node: ConfigNode) throws {
        try node.requireKeys(in: TradeRules.keys.union(StrikeRule.keys).union(["wing_width"]))
        rules = try TradeRules(node: node, isCredit: true)
        shortStrike = try StrikeRule(node: node)
        wingWidth = try node.required("wing_width").positive()
    }
}
