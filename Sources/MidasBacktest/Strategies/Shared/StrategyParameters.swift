import MidasCore

/// A package strategy's parameters: the shared `TradeRules` plus its own keys, decoded strictly.
public protocol StrategyParameters: Sendable {
    /// Entry window, exits, positions and lots.
    var rules: TradeRules { get }
    /// Decodes a variant's `params` mapping; unknown keys and bad values name their key path.
    init(node: ConfigNode) throws
}
