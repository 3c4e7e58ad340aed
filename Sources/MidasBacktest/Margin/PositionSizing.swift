import MidasCore

/// How many packages an entry opens (`execution.sizing`).
///
/// ```yaml
/// execution:
///   sizing: fixed                    # the default: the strategy's `lots`
///   sizing: {margin_fraction: 0.5}   # packages = floor(0.5 × equity / margin per package)
/// ```
///
/// Under `margin_fraction` the strategy's `lots` is one package's size; the order is multiplied
/// by the whole number of packages whose margin fits in that fraction of the equity (a package
/// that needs no margin opens once).
public enum PositionSizing: Sendable, Equatable {
    /// The strategy's lots.
    case fixed
    /// As many packages as this fraction of equity covers in margin.
    case marginFraction(Double)

    /// Decodes `fixed` or `{margin_fraction: F}` with F in (0, 1].
    public init(node: ConfigNode) throws {
        if case .scalar = node.value {
            _ = try node.choice(["fixed"])
            self = .fixed
            return
        }
        try node.requireKeys(in: ["margin_fraction"])
        self = .marginFraction(try node.required("margin_fraction").double(in: 0.000001...1))
    }
}
