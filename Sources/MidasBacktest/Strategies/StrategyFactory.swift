import MidasCore

/// Makes a strategy from its pipeline name and a variant's `params`.
public enum StrategyFactory {
    /// The strategy names a pipeline may use.
    public static let names = ["iron_condor"]

    /// The strategy `name` with `params` decoded strictly; an unknown name is an `InputError` at
    /// `strategyPath` (e.g. `variants[0].strategy`), bad params name their own key path.
    public static func make(name: String, params: ConfigNode, strategyPath: String = "strategy") throws
        -> any Strategy
    {
        switch name {
        case "iron_condor":
            return IronCondor(parameters: try IronCondorParameters(node: params))
        default:
            throw InputError(
                .badValue, file: params.file, field: strategyPath,
                detail: "unknown strategy '\(name)'; expected one of: \(names.joined(separator: ", "))")
        }
    }
}
