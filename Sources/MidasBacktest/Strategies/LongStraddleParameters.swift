import MidasCore

/// The parameters of `long_straddle`, decoded strictly from a variant's `params`: exactly
/// `TradeRules`' keys, with `profit_target` and `stop_loss` as fractions of the debit paid
/// (`profit_target: 1` closes when the straddle has doubled; `stop_loss` at most 1).
public struct LongStraddleParameters: StrategyParameters, Equatable {
    /// Entry window, exits, positions and lots.
    public var rules: TradeRules

    /// Creates parameters.
    public init(rules: TradeRules) {
        self.rules = rules
    }

    /// Decodes a variant's `params` mapping; unknown keys and bad values name their key path.
    public init(node: ConfigNode) throws {
        try node.requireKeys(in: TradeRules.keys)
        rules = try TradeRules(node: node, isCredit: false)
    }
}
