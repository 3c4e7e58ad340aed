import MidasCore

/// Makes a strategy from its pipeline name and a variant's `params`.
public enum StrategyFactory {
    /// The strategy names a pipeline may use.
    public static let names = [
        "iron_condor", "short_strangle", "bull_put_spread", "bear_call_spread", "iron_butterfly", "long_straddle",
        "regime_switching",
    ]

    /// The strategy `name` with `params` decoded strictly; an unknown name is an `InputError` at
    /// `strategyPath` (e.g. `variants[0].strategy`), bad params name their own key path.
    public static func make(name: String, params: ConfigNode, strategyPath: String = "strategy") throws
        -> any Strategy
    {
        if name == "regime_switching" {
            return RegimeSwitching(parameters: try RegimeSwitchingParameters(node: params))
        }
        return try makePackage(name: name, params: params, strategyPath: strategyPath, known: names)
    }

    /// A single-package strategy (every name but `regime_switching`), as `regime_switching` maps them.
    public static func makePackage(
        name: String, params: ConfigNode, strategyPath: String, known: [String] = packageNames
    ) throws -> any PackageStrategy {
        switch name {
        case "iron_condor": return try IronCondor(node: params)
        case "short_strangle": return try ShortStrangle(node: params)
        case "bull_put_spread": return try BullPutSpread(node: params)
        case "bear_call_spread": return try BearCallSpread(node: params)
        case "iron_butterfly": return try IronButterfly(node: params)
        case "long_straddle": return try LongStraddle(node: params)
        default:
            throw InputError(
                .badValue, file: params.file, field: strategyPath,
                detail: "unknown strategy '\(name)'; expected one of: \(known.joined(separator: ", "))")
        }
    }

    /// The names `makePackage` accepts.
    public static let packageNames = names.filter { $0 != "regime_switching" }
}
